package org.parallax.core.align;

import java.util.Set;

/** A lexicon on vocabulary ids: source word id to target word ids. */
@FunctionalInterface
interface IdLexicon {

    int[] NONE = new int[0];

    IdLexicon EMPTY = word -> NONE;

    int[] translationsOf(int word);

    /** A caller's string lexicon seen through the vocabulary of one alignment (words are "w" + form), cached. */
    static IdLexicon of(Lexicon lexicon, Vocabulary vocabulary) {
        if (lexicon == Lexicon.EMPTY) {
            return EMPTY;
        }
        int[][] cache = new int[vocabulary.size()][];
        return word -> {
            if (word >= cache.length) {
                return NONE;
            }
            if (cache[word] == null) {
                Set<String> translations = lexicon.translationsOf(vocabulary.text(word).substring(1));
                cache[word] = translations.stream().mapToInt(t -> vocabulary.find("w" + t)).filter(id -> id >= 0).toArray();
            }
            return cache[word];
        };
    }

    /** Both lexicons' translations. */
    default IdLexicon union(IdLexicon other) {
        return word -> {
            int[] a = translationsOf(word);
            int[] b = other.translationsOf(word);
            if (a.length == 0) {
                return b;
            }
            if (b.length == 0) {
                return a;
            }
            return java.util.stream.IntStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).distinct().toArray();
        };
    }
}
