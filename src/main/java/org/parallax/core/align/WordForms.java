package org.parallax.core.align;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The comparable form of a word: lower case, folded to ASCII, so "Zürich" meets "zurich". Words in other
 * scripts are transliterated to Latin with ICU4J ({@code Any-Latin; Latin-ASCII}), so "Кеннеди" becomes
 * "kennedi" and meets "kennedy" by its prefix. Latin words are folded by stripping accents (NFD), which is
 * much cheaper than loading ICU's transliterators; those are created only when a non-Latin word shows up.
 * Chinese and Japanese words are kept as they are (a romanization would only produce false cognates).
 * Forms are cached per distinct word; one instance per alignment, not thread-safe.
 */
final class WordForms {

    /** Combining marks, as NFD leaves them after the base letter; compiled once (String.replaceAll compiles per call). */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Transliterator toLatin;
    private final Map<String, String> cache = new HashMap<>();

    /** Normalizes with a throwaway instance. */
    static String normalize(String word) {
        return new WordForms().formOf(word);
    }

    String formOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (isAscii(lower) || isCjk(lower)) {
            return lower;
        }
        return cache.computeIfAbsent(lower, this::fold);
    }

    private String fold(String word) {
        if (isLatin(word)) {
            String stripped = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
            StringBuilder ascii = new StringBuilder(stripped.length());
            for (int k = 0; k < stripped.length(); k++) {
                char ch = stripped.charAt(k);
                switch (ch) {
                    case 'ß' -> ascii.append("ss");
                    case 'æ' -> ascii.append("ae");
                    case 'œ' -> ascii.append("oe");
                    case 'ø' -> ascii.append('o');
                    case 'ł' -> ascii.append('l');
                    case 'đ', 'ð' -> ascii.append('d');
                    case 'þ' -> ascii.append("th");
                    case 'ı' -> ascii.append('i');
                    default -> ascii.append(ch);
                }
            }
            return ascii.toString();
        }
        if (toLatin == null) {
            toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        }
        return toLatin.transliterate(word).toLowerCase(Locale.ROOT);
    }

    static boolean isCjk(String word) {
        Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static boolean isLatin(String word) {
        for (int k = 0; k < word.length(); k++) {
            char ch = word.charAt(k);
            if (ch > 127 && Character.isLetter(ch) && Character.UnicodeScript.of(ch) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
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
