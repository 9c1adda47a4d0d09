package org.parallax.core.review;

/**
 * A bead as review sees it: its sentences, the aligner's confidence in [0, 1] (1 for beads a person made) and its
 * status.
 */
public record ReviewBead(BeadRange range, double confidence, BeadStatus status) {

    public ReviewBead {
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    public ReviewBead withStatus(BeadStatus newStatus) {
        return new ReviewBead(range, confidence, newStatus);
    }

    /** A bead made by a person: full confidence, status EDITED. */
    public static ReviewBead edited(BeadRange range) {
        return new ReviewBead(range, 1.0, BeadStatus.EDITED);
    }
}
