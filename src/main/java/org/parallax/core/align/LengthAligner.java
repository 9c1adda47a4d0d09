package org.parallax.core.align;

import java.util.List;

/**
 * Length-only alignment (Gale &amp; Church 1993, see {@link LengthCost}), searched coarse-to-fine
 * ({@link CoarseToFine}). With {@code estimateRatio} false and the classic bead set it is the published method;
 * confidences are bead posteriors at temperature 1.
 */
final class LengthAligner implements Aligner {

    private final List<BeadType> types;
    private final boolean estimateRatio;

    LengthAligner(List<BeadType> types, boolean estimateRatio) {
        this.types = types;
        this.estimateRatio = estimateRatio;
    }

    @Override
    public Alignment align(AlignmentInput input) {
        double[] source = Paths.lengths(input.source());
        double[] target = Paths.lengths(input.target());
        double ratio = estimateRatio ? Paths.lengthRatio(source, target) : 1;
        double variance = LengthCost.PUBLISHED_VARIANCE;
        Band band = CoarseToFine.band(source, target, ratio, variance);
        BeadCost cost = new LengthCost(source, target, ratio, variance);
        return Paths.toAlignment(new BandedSearch(band, types, cost).bestPathWithPosteriors(1));
    }
}
