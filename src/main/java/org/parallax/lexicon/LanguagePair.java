package org.parallax.lexicon;

import java.util.Locale;

/** An ordered pair of bare ISO 639 language codes, as the aligner uses them ("zh" for "zh-Hans"). */
public record LanguagePair(String source, String target) {

    public LanguagePair {
        source = bare(source);
        target = bare(target);
    }

    public LanguagePair reversed() {
        return new LanguagePair(target, source);
    }

    @Override
    public String toString() {
        return source + "-" + target;
    }

    /**
     * The bare language of a tag ("zh-Hans" → "zh").
     *
     * @throws IllegalArgumentException if it is not a language tag starting with a 2- or 3-letter language
     */
    public static String bare(String tag) {
        String language = tag == null ? "" : Locale.forLanguageTag(tag.strip()).getLanguage();
        if (!language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("\"" + tag + "\" is not a language code such as en, ru or zh-Hans.");
        }
        return language;
    }
}
