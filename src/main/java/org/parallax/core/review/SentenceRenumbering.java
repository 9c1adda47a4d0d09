package org.parallax.core.review;

import java.util.List;

/**
 * What splitting one sentence in two, or merging it with the next, does to the beads of an alignment on the side of
 * the edited version. Sentence numbers after the edit move by {@link #delta()}; the bead holding the sentence grows
 * (split) or shrinks (merge) by one on that side. A merge of two sentences that lie in different beads first merges
 * those beads and every bead between them (beads with nothing on that side), since the merged sentence can belong
 * to one bead only.
 *
 * @param sentence the sentence split, or the first of the two merged (0-based, numbered before the edit)
 * @param delta    +1 for a split, -1 for a merge
 */
public record SentenceRenumbering(int sentence, int delta) {

    public SentenceRenumbering {
        if (sentence < 0 || (delta != 1 && delta != -1)) {
            throw new IllegalArgumentException("bad renumbering of sentence " + sentence + " by " + delta);
        }
    }

    /** Sentence {@code sentence} becomes two: it and {@code sentence + 1}. */
    public static SentenceRenumbering split(int sentence) {
        return new SentenceRenumbering(sentence, 1);
    }

    /** Sentences {@code sentence} and {@code sentence + 1} become one. */
    public static SentenceRenumbering merge(int sentence) {
        return new SentenceRenumbering(sentence, -1);
    }

    /** The inverse renumbering, numbered as after this one: a merge undoes a split of the same sentence. */
    public SentenceRenumbering inverse() {
        return new SentenceRenumbering(sentence, -delta);
    }

    /** Beads whose first sentence on the edited side is at least this one only move by {@link #delta()}. */
    public int firstMoved() {
        return delta > 0 ? sentence + 1 : sentence + 2;
    }

    /** The sentences (before the edit) whose beads are replaced rather than moved: the split one, or the merged two. */
    public int lastTouched() {
        return delta > 0 ? sentence : sentence + 1;
    }

    /**
     * A sentence boundary (the number of the sentence after it) renumbered. The boundary between two merged sentences
     * disappears, so it has no image.
     *
     * @throws IllegalArgumentException for that boundary
     */
    public int boundary(int before) {
        if (before <= sentence) {
            return before;
        }
        if (delta < 0 && before == sentence + 1) {
            throw new IllegalArgumentException("sentences " + (sentence + 1) + " and " + (sentence + 2)
                    + " are in different beads");
        }
        return before + delta;
    }

    /** A bead renumbered on the given side; its other side is unchanged. */
    public BeadRange apply(BeadRange bead, BeadEdits.Side side) {
        return side == BeadEdits.Side.SOURCE
                ? new BeadRange(boundary(bead.sourceStart()), boundary(bead.sourceEnd()), bead.targetStart(),
                        bead.targetEnd())
                : new BeadRange(bead.sourceStart(), bead.sourceEnd(), boundary(bead.targetStart()),
                        boundary(bead.targetEnd()));
    }

    /**
     * The beads that replace {@code touched}: the consecutive beads from the one holding {@link #sentence()} to the one
     * holding {@link #lastTouched()} on the edited side. One bead keeps its confidence and status unless
     * {@code markEdited}; beads merged into one become a person's bead (EDITED).
     */
    public ReviewBead replace(List<ReviewBead> touched, BeadEdits.Side side, boolean markEdited) {
        BeadRange merged = BeadEdits.merge(touched.stream().map(ReviewBead::range).toList());
        int start = side == BeadEdits.Side.SOURCE ? merged.sourceStart() : merged.targetStart();
        int end = side == BeadEdits.Side.SOURCE ? merged.sourceEnd() : merged.targetEnd();
        if (start > sentence || end <= lastTouched()) {
            throw new IllegalArgumentException("these beads do not hold sentence " + (sentence + 1)
                    + (delta < 0 ? " and the next" : ""));
        }
        BeadRange renumbered = side == BeadEdits.Side.SOURCE
                ? new BeadRange(start, end + delta, merged.targetStart(), merged.targetEnd())
                : new BeadRange(merged.sourceStart(), merged.sourceEnd(), start, end + delta);
        if (touched.size() == 1 && !markEdited) {
            ReviewBead only = touched.getFirst();
            return new ReviewBead(renumbered, only.confidence(), only.status());
        }
        return ReviewBead.edited(renumbered);
    }
}
