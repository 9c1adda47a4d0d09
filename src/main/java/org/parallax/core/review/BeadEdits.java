package org.parallax.core.review;

import java.util.ArrayList;
import java.util.List;

/**
 * The editing operations of the alignment editor as pure functions. Each takes consecutive beads and returns the
 * beads that replace them, covering exactly the same sentences, so every edit (and its undo) is "replace this
 * region of the alignment by that list". Impossible edits throw {@link IllegalArgumentException} with a message
 * fit for the user.
 */
public final class BeadEdits {

    /** Which side of a bead an edit moves sentences on. */
    public enum Side { SOURCE, TARGET }

    private BeadEdits() {
    }

    /** One bead linking all sentences of the given consecutive beads. */
    public static BeadRange merge(List<BeadRange> consecutive) {
        requireConsecutive(consecutive);
        BeadRange first = consecutive.getFirst();
        BeadRange last = consecutive.getLast();
        return new BeadRange(first.sourceStart(), last.sourceEnd(), first.targetStart(), last.targetEnd());
    }

    /**
     * Splits a bead before source sentence {@code sourceCut} and target sentence {@code targetCut}
     * (sentence numbers within the whole text); either half may have one empty side, not both.
     */
    public static List<BeadRange> split(BeadRange bead, int sourceCut, int targetCut) {
        if (sourceCut < bead.sourceStart() || sourceCut > bead.sourceEnd()
                || targetCut < bead.targetStart() || targetCut > bead.targetEnd()) {
            throw new IllegalArgumentException("the split point is outside the bead");
        }
        boolean firstEmpty = sourceCut == bead.sourceStart() && targetCut == bead.targetStart();
        boolean secondEmpty = sourceCut == bead.sourceEnd() && targetCut == bead.targetEnd();
        if (firstEmpty || secondEmpty) {
            throw new IllegalArgumentException("a split must leave sentences on both sides of the cut");
        }
        return List.of(new BeadRange(bead.sourceStart(), sourceCut, bead.targetStart(), targetCut),
                new BeadRange(sourceCut, bead.sourceEnd(), targetCut, bead.targetEnd()));
    }

    /**
     * Moves one sentence across the boundary of two consecutive beads, on one side: with {@code towardsFirst} the
     * second bead's first sentence joins the first bead, otherwise the first bead's last sentence joins the second.
     */
    public static List<BeadRange> moveBoundary(BeadRange first, BeadRange second, Side side, boolean towardsFirst) {
        requireConsecutive(List.of(first, second));
        int delta = towardsFirst ? 1 : -1;
        int sourceCut = first.sourceEnd() + (side == Side.SOURCE ? delta : 0);
        int targetCut = first.targetEnd() + (side == Side.TARGET ? delta : 0);
        BeadRange merged = merge(List.of(first, second));
        if (sourceCut < merged.sourceStart() || sourceCut > merged.sourceEnd()
                || targetCut < merged.targetStart() || targetCut > merged.targetEnd()) {
            throw new IllegalArgumentException("there is no sentence to move on that side");
        }
        return split(merged, sourceCut, targetCut);
    }

    /** Unlinks a bead into its source sentences alone (n-0) followed by its target sentences alone (0-m). */
    public static List<BeadRange> unlink(BeadRange bead) {
        if (bead.sourceSize() == 0 || bead.targetSize() == 0) {
            throw new IllegalArgumentException("this bead already has an empty side");
        }
        return List.of(new BeadRange(bead.sourceStart(), bead.sourceEnd(), bead.targetStart(), bead.targetStart()),
                new BeadRange(bead.sourceEnd(), bead.sourceEnd(), bead.targetStart(), bead.targetEnd()));
    }

    /** Checks that beads follow each other without gap or overlap; returns them as a new list. */
    public static List<BeadRange> requireConsecutive(List<BeadRange> beads) {
        if (beads.isEmpty()) {
            throw new IllegalArgumentException("no beads");
        }
        for (int i = 1; i < beads.size(); i++) {
            if (!beads.get(i - 1).isFollowedBy(beads.get(i))) {
                throw new IllegalArgumentException("beads " + beads.get(i - 1) + " and " + beads.get(i)
                        + " are not neighbours");
            }
        }
        return new ArrayList<>(beads);
    }
}
