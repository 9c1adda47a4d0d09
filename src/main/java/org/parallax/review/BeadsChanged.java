package org.parallax.review;

import org.parallax.core.review.BeadRange;

/**
 * Published, inside the writing transaction, when an editor's bead operation (merge, split, move a sentence, unlink,
 * or the undo, redo or revert of one) changed which sentences the beads of a region link, or a sentence edit (text,
 * split, merge, or its undo, redo or revert) changed the sentences or text of a region's beads, so that features
 * tied to those beads (flags linked to source spans) can follow.
 *
 * @param region the sentences whose beads were replaced, on both sides, numbered as they are now; beads outside it
 *               are unchanged but for their numbers
 */
public record BeadsChanged(long alignmentId, long sourceVersionId, long targetVersionId, BeadRange region,
                           String actor) {
}
