package org.parallax.core.review;

/** Where a bead stands in review: proposed by the aligner, changed by a person, approved or rejected by an editor. */
public enum BeadStatus {
    AUTO, EDITED, APPROVED, REJECTED
}
