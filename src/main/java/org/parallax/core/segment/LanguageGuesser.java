package org.parallax.core.segment;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Guesses the language of a text as a BCP 47 tag. Uses OpenNLP's language detector (model
 * {@code langdetect-183.bin}, 103 languages, ISO 639-3 codes) on texts of at least {@value #MIN_LETTERS_FOR_MODEL}
 * letters; shorter texts, and Chinese and Japanese (told apart by kana, which only Japanese uses), are decided by
 * their script and a few distinctive letters.
 */
public final class LanguageGuesser {

    static final int MIN_LETTERS_FOR_MODEL = 40;
    /** More text does not change the guess, only slows it down. */
    private static final int MAX_SAMPLE_CHARS = 5_000;

    /** ISO 639-3 codes of the languages that have a two-letter code, to that code ("deu" to "de"). */
    private static final Map<String, String> TWO_LETTER_CODES = twoLetterCodes();
    /** ISO 639-3 codes whose BCP 47 tag is not simply the matching two-letter code (macrolanguages). */
    private static final Map<String, String> MACROLANGUAGE = Map.of(
            "cmn", "zh", "zho", "zh", "arb", "ar", "pes", "fa", "nob", "nb", "swh", "sw", "ekk", "et", "lvs", "lv",
            "zsm", "ms", "azj", "az");

    private LanguageGuesser() {
    }

    /** The BCP 47 tag of the language of {@code text}, e.g. "en", "ru", "zh"; "und" if it has no letters. */
    public static String detect(String text) {
        ScriptCount scripts = ScriptCount.of(text);
        if (scripts.letters() == 0) {
            return "und";
        }
        if (scripts.kana() > 0) {
            return "ja";
        }
        if (scripts.han() * 2 > scripts.letters()) {
            return "zh";
        }
        if (scripts.letters() < MIN_LETTERS_FOR_MODEL) {
            return scripts.guess(text);
        }
        String sample = text.length() > MAX_SAMPLE_CHARS ? text.substring(0, MAX_SAMPLE_CHARS) : text;
        Language best = new LanguageDetectorME(OpenNlpModels.languageModel()).predictLanguage(sample);
        return toBcp47(best.getLang());
    }

    /**
     * Maps an ISO 639-3 (or 639-2/T) code to the shortest BCP 47 tag: "eng" to "en", "deu" to "de", "cmn" to "zh";
     * other codes, two-letter ones included, stay as they are.
     */
    public static String toBcp47(String iso639_3) {
        String macro = MACROLANGUAGE.get(iso639_3);
        return macro != null ? macro : TWO_LETTER_CODES.getOrDefault(iso639_3, iso639_3);
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String twoLetter : Locale.getISOLanguages()) {
            codes.putIfAbsent(Locale.of(twoLetter).getISO3Language(), twoLetter);
        }
        return Map.copyOf(codes);
    }

    /** Letters of a text by script; enough to name the language of a short text. */
    private record ScriptCount(int letters, int han, int kana, int cyrillic, int latin, int other) {

        static ScriptCount of(String text) {
            int letters = 0, han = 0, kana = 0, cyrillic = 0, latin = 0;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (!Character.isLetter(c)) {
                    continue;
                }
                letters++;
                switch (Character.UnicodeScript.of(c)) {
                    case HAN -> han++;
                    case HIRAGANA, KATAKANA -> kana++;
                    case CYRILLIC -> cyrillic++;
                    case LATIN -> latin++;
                    default -> { }
                }
            }
            return new ScriptCount(letters, han, kana, cyrillic, latin, letters - han - kana - cyrillic - latin);
        }

        String guess(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (cyrillic >= latin && cyrillic >= other) {
                return lower.matches("(?s).*[іїєґ].*") ? "uk" : "ru";
            }
            if (latin >= other) {
                if (lower.matches("(?s).*[ñ¿¡].*")) {
                    return "es";
                }
                if (lower.matches("(?s).*[ąęłśżźćń].*")) {
                    return "pl";
                }
                if (lower.matches("(?s).*[ßäöü].*")) {
                    return "de";
                }
                if (lower.matches("(?s).*[çéèêàùœ].*")) {
                    return "fr";
                }
                return "en";
            }
            return "und";
        }
    }
}
