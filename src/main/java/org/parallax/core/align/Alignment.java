package org.parallax.core.align;

import java.util.List;

/**
 * An alignment of two segment lists: beads in text order that together cover every source and every
 * target segment exactly once.
 */
public record Alignment(List<Bead> beads) {

    public Alignment {
        beads = List.copyOf(beads);
    }

    /**
     * Checks the invariant against the lengths of the aligned lists.
     *
     * @throws IllegalStateException naming the first segment that is skipped, repeated or out of order
     */
    public Alignment requireCovers(int sourceSize, int targetSize) {
        int nextSource = 0;
        int nextTarget = 0;
        for (Bead bead : beads) {
            for (int index : bead.source()) {
                if (index != nextSource++) {
                    throw new IllegalStateException("source segment " + (nextSource - 1) + " not covered in order by " + bead);
                }
            }
            for (int index : bead.target()) {
                if (index != nextTarget++) {
                    throw new IllegalStateException("target segment " + (nextTarget - 1) + " not covered in order by " + bead);
                }
            }
        }
        if (nextSource != sourceSize || nextTarget != targetSize) {
            throw new IllegalStateException("alignment covers " + nextSource + "/" + sourceSize + " source and "
                    + nextTarget + "/" + targetSize + " target segments");
        }
        return this;
    }
}
