package org.parallax.core.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps fixed anchors (beads an editor approved) and aligns only the stretches between them with another
 * aligner. Anchors come out with confidence 1.
 */
final class AnchoredAligner implements Aligner {

    private final Aligner inner;

    AnchoredAligner(Aligner inner) {
        this.inner = inner;
    }

    @Override
    public Alignment align(AlignmentInput input) {
        if (input.anchors().isEmpty()) {
            return inner.align(input).requireCovers(input.source().size(), input.target().size());
        }
        List<Bead> beads = new ArrayList<>();
        int nextSource = 0;
        int nextTarget = 0;
        for (Bead anchor : input.anchors()) {
            int sourceStart = anchor.source().isEmpty() ? nextSource : anchor.source().getFirst();
            int targetStart = anchor.target().isEmpty() ? nextTarget : anchor.target().getFirst();
            if (sourceStart < nextSource || targetStart < nextTarget) {
                throw new IllegalArgumentException("anchors overlap or are out of order at " + anchor.toBeadString());
            }
            alignGap(input, nextSource, sourceStart, nextTarget, targetStart, beads);
            beads.add(anchor.withConfidence(1));
            nextSource = sourceStart + anchor.source().size();
            nextTarget = targetStart + anchor.target().size();
        }
        if (nextSource > input.source().size() || nextTarget > input.target().size()) {
            throw new IllegalArgumentException("anchor beyond the end of the texts");
        }
        alignGap(input, nextSource, input.source().size(), nextTarget, input.target().size(), beads);
        return new Alignment(beads).requireCovers(input.source().size(), input.target().size());
    }

    private void alignGap(AlignmentInput input, int s0, int s1, int t0, int t1, List<Bead> beads) {
        if (s0 == s1 && t0 == t1) {
            return;
        }
        for (Bead bead : inner.align(input.slice(s0, s1, t0, t1)).beads()) {
            beads.add(Bead.of(s0 + (bead.source().isEmpty() ? 0 : bead.source().getFirst()), bead.source().size(),
                    t0 + (bead.target().isEmpty() ? 0 : bead.target().getFirst()), bead.target().size(),
                    bead.confidence()));
        }
    }
}
