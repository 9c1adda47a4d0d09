package org.parallax.flags;

import java.util.Locale;
import java.util.Optional;
import org.parallax.core.flags.RussianStemMatcher;
import org.parallax.core.text.Span;

/**
 * Finds a flag's source term in an aligned source sentence, by stems so inflected forms match. Only Russian sources
 * are searched (no stemmer for other languages yet).
 */
public final class SourceTermLinks {

    private final RussianStemMatcher matcher = new RussianStemMatcher();

    /** The first occurrence of {@code term} in the sentence, as offsets into the sentence; empty if none. */
    public Optional<Span> locate(String sourceLanguage, String sourceSentence, String term) {
        if (term == null || term.isBlank() || !sourceLanguage.toLowerCase(Locale.ROOT).startsWith("ru")) {
            return Optional.empty();
        }
        return matcher.find(sourceSentence, term);
    }
}
