package org.parallax.core.segment;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentence segmenter for a language: OpenNLP with its pretrained model for English, German and French,
 * the rule-based segmenter for every other language. Segmenters are cached and thread-safe.
 */
public final class Segmenters {

    private static final Map<String, SentenceSegmenter> CACHE = new ConcurrentHashMap<>();

    private Segmenters() {
    }

    /**
     * @param bcp47 a BCP 47 language tag such as "en", "ru" or "zh-Hans"; only the primary language counts;
     *              "und" (undetermined) gets the rule-based segmenter without abbreviations
     * @throws IllegalArgumentException if {@code bcp47} is not a language tag
     */
    public static SentenceSegmenter forLanguage(String bcp47) {
        String language = primaryLanguage(bcp47);
        return CACHE.computeIfAbsent(language, Segmenters::create);
    }

    /** The rule-based segmenter for {@code bcp47}, even where a model exists (for comparison). */
    public static SentenceSegmenter ruleBased(String bcp47) {
        String language = primaryLanguage(bcp47);
        return new RuleBasedSegmenter(language, AbbreviationRules.forLanguage(language));
    }

    /** Whether {@code bcp47} is segmented by a trained OpenNLP model rather than by rules. */
    public static boolean usesModel(String bcp47) {
        return OpenNlpModels.hasSentenceModel(primaryLanguage(bcp47));
    }

    private static SentenceSegmenter create(String language) {
        AbbreviationRules rules = AbbreviationRules.forLanguage(language);
        return OpenNlpModels.sentenceModel(language)
                .<SentenceSegmenter>map(model -> new OpenNlpSegmenter(model, rules))
                .orElseGet(() -> new RuleBasedSegmenter(language, rules));
    }

    private static String primaryLanguage(String bcp47) {
        String tag = bcp47.strip().replace('_', '-');
        if (tag.equalsIgnoreCase("und") || tag.toLowerCase(Locale.ROOT).startsWith("und-")) {
            return "und";
        }
        String language = Locale.forLanguageTag(tag).getLanguage();
        if (language.isEmpty()) {
            throw new IllegalArgumentException("not a BCP 47 language tag: \"" + bcp47 + "\"");
        }
        return language;
    }
}
