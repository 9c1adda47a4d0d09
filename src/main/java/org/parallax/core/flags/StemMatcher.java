package org.parallax.core.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.parallax.core.segment.LanguageGuesser;
import org.parallax.core.text.Span;

/**
 * Finds a source term in a sentence despite inflection, by comparing Snowball stems word by word (M. Porter,
 * "Snowball: A language for stemming algorithms", snowballstem.org; the stemmers are OpenNLP's
 * {@link SnowballStemmer}). "Rechten" matches "Recht" in German, "égaux" matches "égal" in French, "доказали"
 * matches "доказать" in Russian.
 *
 * <p>The language is an ISO 639-1 or 639-2/T code, optionally with a region or script ("de", "deu", "pt-BR"). Every
 * language OpenNLP has a Snowball stemmer for is stemmed: ar, ca, da, de, el, en (Porter2), es, fi, fr, ga, hu, id,
 * it, nl, no/nb/nn, pt, ro, ru, sv, tr. <b>Any other language (Ukrainian, Polish, Japanese, Chinese, ...) has no
 * stemmer and falls back to exact, case-insensitive word match</b>: "права" is then not found in "правах".
 *
 * <p>Words are runs of letters (with their combining marks), hyphenated runs counting as one word, lower-cased by the
 * language's rules before stemming; in Russian ё is read as е. Snowball only strips endings, so forms that differ
 * inside the stem do not match (Russian "доказывать" and "докажет" are not found for "доказать"). A multi-word term
 * matches only consecutive words. Instances are immutable and thread-safe (a stemmer is made per call, since
 * OpenNLP's are not).
 */
public final class StemMatcher {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*");

    private static final Map<String, SnowballStemmer.ALGORITHM> ALGORITHMS = Map.ofEntries(
            Map.entry("ar", SnowballStemmer.ALGORITHM.ARABIC), Map.entry("ca", SnowballStemmer.ALGORITHM.CATALAN),
            Map.entry("da", SnowballStemmer.ALGORITHM.DANISH), Map.entry("de", SnowballStemmer.ALGORITHM.GERMAN),
            Map.entry("el", SnowballStemmer.ALGORITHM.GREEK), Map.entry("en", SnowballStemmer.ALGORITHM.ENGLISH),
            Map.entry("es", SnowballStemmer.ALGORITHM.SPANISH), Map.entry("fi", SnowballStemmer.ALGORITHM.FINNISH),
            Map.entry("fr", SnowballStemmer.ALGORITHM.FRENCH), Map.entry("ga", SnowballStemmer.ALGORITHM.IRISH),
            Map.entry("hu", SnowballStemmer.ALGORITHM.HUNGARIAN),
            Map.entry("id", SnowballStemmer.ALGORITHM.INDONESIAN),
            Map.entry("it", SnowballStemmer.ALGORITHM.ITALIAN), Map.entry("nl", SnowballStemmer.ALGORITHM.DUTCH),
            Map.entry("no", SnowballStemmer.ALGORITHM.NORWEGIAN), Map.entry("nb", SnowballStemmer.ALGORITHM.NORWEGIAN),
            Map.entry("nn", SnowballStemmer.ALGORITHM.NORWEGIAN),
            Map.entry("pt", SnowballStemmer.ALGORITHM.PORTUGUESE),
            Map.entry("ro", SnowballStemmer.ALGORITHM.ROMANIAN), Map.entry("ru", SnowballStemmer.ALGORITHM.RUSSIAN),
            Map.entry("sv", SnowballStemmer.ALGORITHM.SWEDISH), Map.entry("tr", SnowballStemmer.ALGORITHM.TURKISH));

    private final Locale locale;
    private final SnowballStemmer.ALGORITHM algorithm;

    private StemMatcher(Locale locale, SnowballStemmer.ALGORITHM algorithm) {
        this.locale = locale;
        this.algorithm = algorithm;
    }

    /**
     * @param language a language code such as "de", "deu" or "pt-BR"; null or unknown gives exact word match
     * @return a matcher stemming that language, or matching words exactly when it has no stemmer
     */
    public static StemMatcher forLanguage(String language) {
        String code = primaryLanguage(language);
        return new StemMatcher(Locale.of(code), ALGORITHMS.get(code));
    }

    /** Whether words are compared by stem (true) or exactly, ignoring case (false). */
    public boolean stems() {
        return algorithm != null;
    }

    /**
     * @param sentence the sentence to search, not null
     * @param term     the source term, one or more words, not null
     * @return the span of the first run of words whose stems (or words) equal the term's, or empty
     */
    public Optional<Span> find(String sentence, String term) {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(term, "term");
        UnaryOperator<String> key = keyFunction();
        List<String> termKeys = words(term).stream().map(w -> key.apply(w.of(term))).toList();
        if (termKeys.isEmpty()) {
            return Optional.empty();
        }
        List<Span> words = words(sentence);
        List<String> keys = words.stream().map(w -> key.apply(w.of(sentence))).toList();
        for (int first = 0; first + termKeys.size() <= words.size(); first++) {
            if (keys.subList(first, first + termKeys.size()).equals(termKeys)) {
                return Optional.of(new Span(words.get(first).start(), words.get(first + termKeys.size() - 1).end()));
            }
        }
        return Optional.empty();
    }

    /** What two words must share to match: their stem, or the lower-cased word where there is no stemmer. */
    private UnaryOperator<String> keyFunction() {
        if (algorithm == null) {
            return word -> word.toLowerCase(locale);
        }
        SnowballStemmer stemmer = new SnowballStemmer(algorithm); // not thread-safe: one per call
        return word -> stemmer.stem(normalized(word)).toString();
    }

    private String normalized(String word) {
        String lower = word.toLowerCase(locale);
        return algorithm == SnowballStemmer.ALGORITHM.RUSSIAN ? lower.replace('ё', 'е') : lower;
    }

    private static List<Span> words(String text) {
        List<Span> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Span(m.start(), m.end()));
        }
        return words;
    }

    private static String primaryLanguage(String language) {
        if (language == null) {
            return "";
        }
        String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return LanguageGuesser.toBcp47(primary);
    }
}
