package org.parallax.core.align;

import java.util.ArrayList;
import java.util.List;

/** Conversions between search paths and alignments, and the length statistics both aligners need. */
final class Paths {

    private Paths() {
    }

    static Alignment toAlignment(List<BandedSearch.Step> path) {
        List<Bead> beads = new ArrayList<>(path.size());
        for (BandedSearch.Step step : path) {
            double confidence = Double.isNaN(step.posterior()) ? 0 : step.posterior();
            beads.add(Bead.of(step.i(), step.a(), step.j(), step.b(), confidence));
        }
        return new Alignment(beads);
    }

    static double[] lengths(List<String> segments) {
        double[] lengths = new double[segments.size()];
        for (int k = 0; k < lengths.length; k++) {
            lengths[k] = LengthCost.lengthOf(segments.get(k));
        }
        return lengths;
    }

    /** Target characters per source character over the whole pair; 1 when either side has no text. */
    static double lengthRatio(double[] source, double[] target) {
        double s = 0;
        double t = 0;
        for (double length : source) {
            s += length;
        }
        for (double length : target) {
            t += length;
        }
        return s > 0 && t > 0 ? t / s : 1;
    }

    /**
     * Variance per character of the length difference, from the 1-1 beads of a path: the mean of
     * {@code d^2 / mean} over the 90% smallest values (robust against the wrong beads of a rough first pass),
     * but never below half of Gale and Church's 6.8: a pair that is very regular in one part (numbered articles)
     * must not make every other part look impossible. Falls back to 6.8 with fewer than 20 beads.
     */
    static double lengthVariance(List<BandedSearch.Step> path, double[] source, double[] target, double ratio) {
        List<Double> values = new ArrayList<>();
        for (BandedSearch.Step step : path) {
            if (step.a() == 1 && step.b() == 1) {
                double l1 = source[step.i()];
                double l2 = target[step.j()] / ratio;
                if (l1 + l2 > 0) {
                    values.add((l1 - l2) * (l1 - l2) / ((l1 + l2) / 2));
                }
            }
        }
        if (values.size() < 20) {
            return LengthCost.PUBLISHED_VARIANCE;
        }
        values.sort(null);
        int kept = values.size() * 9 / 10;
        double sum = 0;
        for (int k = 0; k < kept; k++) {
            sum += values.get(k);
        }
        return Math.max(LengthCost.PUBLISHED_VARIANCE / 2, Math.min(50, sum / kept));
    }
}
