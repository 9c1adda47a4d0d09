package org.parallax.core.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.parallax.core.text.Span;

/**
 * Finds a source term in a Russian sentence despite inflection, by comparing Snowball stems word by word
 * (M. Porter, "The Russian stemming algorithm", snowballstem.org, via OpenNLP's {@link SnowballStemmer}).
 *
 * <p>Words are lower-cased and ё is read as е before stemming, so "Коминтерна" and "Коминтерну" both match
 * "Коминтерн", and "доказали" matches "доказать" (both stem to "доказа"). Snowball only strips endings, so
 * forms that differ inside the stem do not match: the imperfective "доказывать" (stem "доказыва") and
 * "докажет" (stem "докажет") are not found for "доказать". A multi-word term matches only consecutive words.
 */
public final class RussianStemMatcher {

    private static final Pattern WORD = Pattern.compile("[\\p{IsCyrillic}\\p{L}]+(?:-[\\p{IsCyrillic}\\p{L}]+)*");

    /**
     * @param sourceSentence the Russian sentence to search, not null
     * @param term           the source term, one or more words, not null
     * @return the span of the first run of words whose stems equal the term's, or empty
     */
    public Optional<Span> find(String sourceSentence, String term) {
        Objects.requireNonNull(sourceSentence, "sourceSentence");
        Objects.requireNonNull(term, "term");
        SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.RUSSIAN); // not thread-safe
        List<String> termStems = words(term).stream().map(w -> stem(stemmer, w.of(term))).toList();
        if (termStems.isEmpty()) {
            return Optional.empty();
        }
        List<Span> words = words(sourceSentence);
        List<String> stems = words.stream().map(w -> stem(stemmer, w.of(sourceSentence))).toList();
        for (int first = 0; first + termStems.size() <= words.size(); first++) {
            if (stems.subList(first, first + termStems.size()).equals(termStems)) {
                return Optional.of(new Span(words.get(first).start(), words.get(first + termStems.size() - 1).end()));
            }
        }
        return Optional.empty();
    }

    private static List<Span> words(String text) {
        List<Span> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Span(m.start(), m.end()));
        }
        return words;
    }

    private static String stem(SnowballStemmer stemmer, String word) {
        return stemmer.stem(word.toLowerCase(Locale.ROOT).replace('ё', 'е')).toString();
    }
}
