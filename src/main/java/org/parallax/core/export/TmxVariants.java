package org.parallax.core.export;

import java.util.List;
import java.util.Locale;

/**
 * Which of a unit's variants is the source and which the target. The source matches the header's {@code srclang}
 * (case-insensitively, else by primary language subtag; with {@code *all*}, the first variant); the target is the
 * first other variant, in the document's target language once that is known.
 *
 * @param source the source variant, null when the unit has none
 * @param target the target variant, null when the unit has none
 */
record TmxVariants(Variant source, Variant target) {

    static final String ALL_LANGUAGES = "*all*";

    /** One {@code <tuv>}: its language and the text of its {@code <seg>}. */
    record Variant(String language, String text) {
    }

    /**
     * @param sourceLanguage the header's srclang
     * @param targetLanguage the target language chosen so far, "" before the first unit with a target
     */
    static TmxVariants pick(List<Variant> variants, String sourceLanguage, String targetLanguage) {
        Variant source = variants.stream()
                .filter(v -> sourceLanguage.equals(ALL_LANGUAGES) || v.language().equalsIgnoreCase(sourceLanguage))
                .findFirst()
                .or(() -> variants.stream().filter(v -> primary(v.language()).equals(primary(sourceLanguage)))
                        .findFirst())
                .orElse(null);
        Variant target = variants.stream()
                .filter(v -> v != source)
                .filter(v -> source == null || !v.language().equalsIgnoreCase(source.language()))
                .filter(v -> targetLanguage.isEmpty() || v.language().equalsIgnoreCase(targetLanguage))
                .findFirst().orElse(null);
        return new TmxVariants(source, target);
    }

    private static String primary(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
