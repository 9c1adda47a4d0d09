package org.parallax.core.flags;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells romanised Russian ("dokazat’", "Imeni Kominterna") from English ("stationed", "John F.").
 *
 * <p>Two signals, both needed for every word of the phrase. Spelling: Library of Congress romanisation
 * never writes j, q, w or x, uses "c" only in "ch" and "h" only in kh, zh, ch, sh, so "John", "Cuba",
 * "the" cannot be romanised Russian. Vocabulary: a word that is in the bundled English word list
 * ({@link EnglishWords}) is English, unless it carries a mark English spelling does not use: a soft or
 * hard sign (’ ' ʹ ʺ after a letter, but not the English "s’" / "’s" / "n’t" endings), ĭ, ë, ė, or a
 * ligature tie. That keeps "glasnost’" Russian while "glasnost" alone reads as an English loanword.
 */
final class RomanisationDetector {

    private static final Pattern ROMANISED_WORD =
            Pattern.compile("[abdefgiklmnoprstuvyzhcjëėĭčšž’'ʹʺ\u0361\uFE20\uFE21-]+");
    private static final Pattern IMPOSSIBLE_C_OR_H = Pattern.compile("c(?!h)|(?<![kzcs])h");
    private static final Pattern ENGLISH_APOSTROPHE_ENDING =
            Pattern.compile("(?:s['’]|['’](?:s|t|ll|re|ve|d|m))$");
    private static final Pattern RUSSIAN_ONLY_MARK = Pattern.compile("[ĭëėʹʺ\u0361\uFE20]|\\p{L}['’]");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Ps}\\p{Pi}\"“‘]+|[.,;:!?\\p{Pe}]+$");

    private RomanisationDetector() {
    }

    /** Whether every word of {@code phrase} reads as romanised Russian; false for a blank phrase. */
    static boolean isRomanisedRussian(String phrase) {
        if (phrase.isBlank()) {
            return false;
        }
        for (String word : phrase.strip().split("\\s+")) {
            if (!isRomanisedRussianWord(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRomanisedRussianWord(String rawWord) {
        String word = EDGE_PUNCTUATION.matcher(Normalizer.normalize(rawWord, Normalizer.Form.NFC))
                .replaceAll("").toLowerCase(Locale.ROOT);
        if (word.isEmpty() || !ROMANISED_WORD.matcher(word).matches() || IMPOSSIBLE_C_OR_H.matcher(word).find()) {
            return false;
        }
        if (ENGLISH_APOSTROPHE_ENDING.matcher(word).find()) {
            return !EnglishWords.contains(lettersOf(word.replaceAll("['’](?:s|t|ll|re|ve|d|m)$", "")));
        }
        return RUSSIAN_ONLY_MARK.matcher(word).find() || !EnglishWords.contains(lettersOf(word));
    }

    private static String lettersOf(String word) {
        return word.replaceAll("[^a-z]", "");
    }
}
