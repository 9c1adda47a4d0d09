package org.parallax.review;

import org.parallax.core.review.BeadRange;
import org.parallax.core.review.BeadStatus;
import org.parallax.core.review.ReviewBead;

/** A bead as stored: its row id and lock version (for optimistic locking), and the bead itself. */
public record StoredBead(long id, int lockVersion, ReviewBead bead) {

    public BeadRange range() {
        return bead.range();
    }

    public BeadStatus status() {
        return bead.status();
    }

    /** What a client saw of this bead, to be checked when it asks for a change. */
    public BeadRef ref() {
        return new BeadRef(id, lockVersion);
    }
}
