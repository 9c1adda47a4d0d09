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
}
