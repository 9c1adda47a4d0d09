package org.parallax.core.compare;

import java.util.List;

/**
 * The word-level differences between two texts in one language, in the order of the left text (inserts stand where
 * they would go in it), and the token counts on both sides.
 *
 * @param changedTokens tokens of either side that are not EQUAL (inserted, deleted, changed or moved)
 */
public record WordDiff(List<WordChange> changes, int leftTokens, int rightTokens, int changedTokens) {

    public WordDiff {
        changes = List.copyOf(changes);
    }

    /**
     * Share of the tokens of both texts that differ, in [0, 1]: 0 for identical texts, 1 when nothing is shared.
     * Two empty texts do not vary.
     */
    public double variation() {
        int all = leftTokens + rightTokens;
        return all == 0 ? 0 : (double) changedTokens / all;
    }

    public List<WordChange> differences() {
        return changes.stream().filter(WordChange::isDifference).toList();
    }
}
