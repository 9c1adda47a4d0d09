package org.parallax.core.align;

import java.util.Set;

/**
 * Known translations of source words into target words. Words are compared in the form given by
 * {@link WordForms#normalize(String)} (lower case, Latin-ASCII folded), so "Zürich" meets "zurich".
 */
@FunctionalInterface
public interface Lexicon {

    Lexicon EMPTY = word -> Set.of();

    /** Normalized target words that translate the normalized source word; empty if unknown, never null. */
    Set<String> translationsOf(String sourceWord);

    /** The translations either lexicon gives. */
    default Lexicon union(Lexicon other) {
        if (other == EMPTY) {
            return this;
        }
        if (this == EMPTY) {
            return other;
        }
        return word -> {
            Set<String> mine = translationsOf(word);
            Set<String> theirs = other.translationsOf(word);
            if (mine.isEmpty() || theirs.isEmpty()) {
                return mine.isEmpty() ? theirs : mine;
            }
            Set<String> both = new java.util.HashSet<>(mine);
            both.addAll(theirs);
            return both;
        };
    }
}
