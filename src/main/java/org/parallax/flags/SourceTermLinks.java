package org.parallax.flags;

import java.util.Optional;
import org.parallax.core.flags.StemMatcher;
import org.parallax.core.text.Span;

/**
 * Finds a flag's source term in an aligned source sentence, by stems so inflected forms match, in every language
 * {@link StemMatcher} has a stemmer for; in other languages only the exact words (ignoring case) are found.
 */
public final class SourceTermLinks {

    /** The first occurrence of {@code term} in the sentence, as offsets into the sentence; empty if none. */
    public Optional<Span> locate(String sourceLanguage, String sourceSentence, String term) {
        if (term == null || term.isBlank()) {
            return Optional.empty();
        }
        return StemMatcher.forLanguage(sourceLanguage).find(sourceSentence, term);
    }
}
