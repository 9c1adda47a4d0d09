package org.parallax.review;

import java.time.OffsetDateTime;
import java.util.List;
import org.parallax.core.review.ReviewBead;

/**
 * One recorded change: who replaced which beads by which, when, and whether it was undone since.
 *
 * @param sentenceEditId the sentence edit (text, split, merge) this change is part of; null for a change of links
 * @param detail         what a sentence edit did in words ("before" → "after"); null for a change of links
 */
public record BeadChange(long id, String operation, String actor, OffsetDateTime changedAt, List<ReviewBead> before,
                         List<ReviewBead> after, boolean undone, Long sentenceEditId, String detail) {

    public BeadChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** A change of links only. */
    public BeadChange(long id, String operation, String actor, OffsetDateTime changedAt, List<ReviewBead> before,
                      List<ReviewBead> after, boolean undone) {
        this(id, operation, actor, changedAt, before, after, undone, null, null);
    }
}
