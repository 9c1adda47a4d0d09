package org.parallax.core.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parallax.core.text.Span;

/**
 * Word-level comparison of two texts in one language: Myers' diff (E. W. Myers, "An O(ND) difference algorithm and
 * its variations", Algorithmica 1, 1986, as implemented by java-diff-utils) over {@link Tokens}, followed by a pass
 * that finds transpositions: a run deleted at one place and inserted unchanged at another becomes one MOVED change
 * instead of a DELETE and an INSERT.
 *
 * <p>Tokens are compared case-insensitively and with typographic apostrophes folded to {@code '}, so "And" and
 * "and" or "LORD’s" and "LORD's" count as the same word; the spans still point at the texts as written.
 * Thread-safe: it keeps no state.
 */
public final class WordDiffer {

    /** Compares {@code left} with {@code right} (neither null). */
    public WordDiff compare(String left, String right) {
        List<Token> leftTokens = Tokens.of(left);
        List<Token> rightTokens = Tokens.of(right);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(keys(leftTokens), keys(rightTokens)).getDeltas();
        boolean[] landed = new boolean[rightTokens.size()];
        int[] movedTo = findMoves(deltas, landed);

        Sides sides = new Sides(leftTokens, rightTokens);
        List<WordChange> changes = new ArrayList<>();
        int leftAt = 0;
        int rightAt = 0;
        int changed = 0;
        for (int i = 0; i < deltas.size(); i++) {
            AbstractDelta<String> delta = deltas.get(i);
            int deleteFrom = delta.getSource().getPosition();
            int deleteTo = deleteFrom + delta.getSource().size();
            int insertFrom = delta.getTarget().getPosition();
            int insertTo = insertFrom + delta.getTarget().size();
            sides.equal(leftAt, deleteFrom, rightAt, insertFrom).ifPresent(changes::add);
            changed += (deleteTo - deleteFrom) + (insertTo - insertFrom);

            Span deleted = deleteTo > deleteFrom ? sides.left(deleteFrom, deleteTo) : null;
            if (deleted != null && movedTo[i] >= 0) {
                int length = deleteTo - deleteFrom;
                changes.add(new WordChange(WordChange.Kind.MOVED, deleted,
                        sides.right(movedTo[i], movedTo[i] + length)));
                deleted = null;
            }
            Span insertPoint = sides.left(deleteFrom, deleteFrom);
            for (int[] run : unlandedRuns(landed, insertFrom, insertTo)) {
                Span inserted = sides.right(run[0], run[1]);
                changes.add(deleted != null
                        ? new WordChange(WordChange.Kind.CHANGE, deleted, inserted)
                        : new WordChange(WordChange.Kind.INSERT, insertPoint, inserted));
                deleted = null;
            }
            if (deleted != null) {
                changes.add(new WordChange(WordChange.Kind.DELETE, deleted, sides.right(insertFrom, insertFrom)));
            }
            leftAt = deleteTo;
            rightAt = insertTo;
        }
        sides.equal(leftAt, leftTokens.size(), rightAt, rightTokens.size()).ifPresent(changes::add);
        return new WordDiff(changes, leftTokens.size(), rightTokens.size(), changed);
    }

    /**
     * For each delta, where its deleted run was inserted elsewhere: the right token index at which an equal run
     * starts inside some delta's inserted tokens not claimed by another move yet (-1 if nowhere). Marks the claimed
     * right tokens in {@code landed}. Only runs worth calling a transposition move (see {@link #isMovable}).
     */
    private static int[] findMoves(List<AbstractDelta<String>> deltas, boolean[] landed) {
        int[] movedTo = new int[deltas.size()];
        Arrays.fill(movedTo, -1);
        for (int i = 0; i < deltas.size(); i++) {
            List<String> deleted = deltas.get(i).getSource().getLines();
            if (!isMovable(deleted)) {
                continue;
            }
            for (AbstractDelta<String> landing : deltas) {
                int at = unclaimedOccurrence(landing.getTarget().getLines(), deleted, landed,
                        landing.getTarget().getPosition());
                if (at >= 0) {
                    movedTo[i] = at;
                    Arrays.fill(landed, at, at + deleted.size(), true);
                    break;
                }
            }
        }
        return movedTo;
    }

    /** The right token index where {@code run} occurs in {@code inserted} on unclaimed tokens, or -1. */
    private static int unclaimedOccurrence(List<String> inserted, List<String> run, boolean[] landed, int offset) {
        for (int start = 0; start + run.size() <= inserted.size(); start++) {
            boolean free = true;
            for (int k = 0; k < run.size() && free; k++) {
                free = !landed[offset + start + k] && inserted.get(start + k).equals(run.get(k));
            }
            if (free) {
                return offset + start;
            }
        }
        return -1;
    }

    /** Maximal runs {@code [from, to)} of right tokens in {@code [from, to)} that no move claimed. */
    private static List<int[]> unlandedRuns(boolean[] landed, int from, int to) {
        List<int[]> runs = new ArrayList<>();
        int runStart = -1;
        for (int k = from; k <= to; k++) {
            boolean free = k < to && !landed[k];
            if (free && runStart < 0) {
                runStart = k;
            } else if (!free && runStart >= 0) {
                runs.add(new int[] {runStart, k});
                runStart = -1;
            }
        }
        return runs;
    }

    /**
     * A run of two or more tokens with a word in it, or one word of four or more letters: a comma, or a "he" or
     * "the", dropped here and added there is a coincidence more often than a transposition.
     */
    private static boolean isMovable(List<String> run) {
        if (run.size() >= 2) {
            return run.stream().anyMatch(WordDiffer::hasLetterOrDigit);
        }
        return run.size() == 1 && run.getFirst().codePoints().filter(Character::isLetterOrDigit).count() >= 4;
    }

    private static boolean hasLetterOrDigit(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static List<String> keys(List<Token> tokens) {
        return tokens.stream().map(t -> t.text().replace('\u2019', '\'').toLowerCase(Locale.ROOT)).toList();
    }

    /** Character spans of token runs on either side. */
    private record Sides(List<Token> left, List<Token> right) {

        Span left(int from, int to) {
            return span(left, from, to);
        }

        Span right(int from, int to) {
            return span(right, from, to);
        }

        Optional<WordChange> equal(int leftFrom, int leftTo, int rightFrom, int rightTo) {
            return leftTo > leftFrom
                    ? Optional.of(new WordChange(WordChange.Kind.EQUAL, left(leftFrom, leftTo),
                            right(rightFrom, rightTo)))
                    : Optional.empty();
        }

        /** The span from the first token's start to the last one's end; for no tokens, an empty span after the previous. */
        private static Span span(List<Token> tokens, int from, int to) {
            if (to > from) {
                return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
            }
            int at = from == 0 ? 0 : tokens.get(from - 1).span().end();
            return new Span(at, at);
        }
    }
}
