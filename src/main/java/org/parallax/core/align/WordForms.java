package org.parallax.core.align;

import com.ibm.icu.text.Transliterator;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The comparable form of a word: lower case, transliterated to Latin and folded to ASCII with ICU4J
 * ({@code Any-Latin; Latin-ASCII}), so "Кеннеди" becomes "kennedi" and meets "kennedy" by prefix, and
 * "Zürich" meets "zurich". Chinese and Japanese words are kept as they are (a romanization would only
 * produce false cognates). Forms are cached per distinct word; one instance per alignment, not thread-safe.
 */
final class WordForms {

    private final Transliterator toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private final Map<String, String> cache = new HashMap<>();

    /** Normalizes with a throwaway instance; for lexicon entries read once. */
    static String normalize(String word) {
        return new WordForms().formOf(word);
    }

    String formOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (isAscii(lower) || isCjk(lower)) {
            return lower;
        }
        return cache.computeIfAbsent(lower, w -> toAscii.transliterate(w).toLowerCase(Locale.ROOT));
    }

    static boolean isCjk(String word) {
        int first = word.codePointAt(0);
        Character.UnicodeScript script = Character.UnicodeScript.of(first);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static boolean isAscii(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) > 127) {
                return false;
            }
        }
        return true;
    }
}
