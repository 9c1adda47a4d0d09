package org.parallax.review;

import java.time.OffsetDateTime;
import java.util.List;
import org.parallax.core.review.ReviewBead;

/** One recorded change: who replaced which beads by which, when, and whether it was undone since. */
public record BeadChange(long id, String operation, String actor, OffsetDateTime changedAt, List<ReviewBead> before,
                         List<ReviewBead> after, boolean undone) {

    public BeadChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
