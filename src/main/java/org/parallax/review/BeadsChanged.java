package org.parallax.review;

import org.parallax.core.review.BeadEdits;
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

    /** The event for a region of an alignment, naming the alignment's two versions. */
    static BeadsChanged in(SentenceRepository sentences, long alignmentId, BeadRange region, String actor) {
        return new BeadsChanged(alignmentId, sentences.versionOf(alignmentId, BeadEdits.Side.SOURCE),
                sentences.versionOf(alignmentId, BeadEdits.Side.TARGET), region, actor);
    }
}
