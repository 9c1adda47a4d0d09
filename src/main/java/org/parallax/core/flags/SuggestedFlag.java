package org.parallax.core.flags;

import java.util.Objects;
import org.parallax.core.text.Span;

/**
 * A flag proposed automatically from the translation text alone, for an editor to approve or reject.
 *
 * <p>{@code start}/{@code end} are half-open {@code char} offsets into paragraph number {@code paragraph}
 * (0-based) of the list given to {@link FlagSuggester#suggest}, and {@code text} is exactly that substring.
 * Span convention: a source-term flag covers the English rendering before the bracket ("prove" in
 * "prove [dokazat’]"); an insertion, note or omission covers the text between the brackets, without the
 * brackets themselves ("John F." in "[John F.] Kennedy").
 *
 * @param sourceTerm      the source term in Cyrillic, or {@code null} when the flag has none
 * @param transliteration the romanised source term as the translator wrote it, or {@code null}
 * @param comment         a short human-readable explanation, or {@code null}
 */
public record SuggestedFlag(int paragraph, int start, int end, String text, FlagCategory category,
                            String sourceTerm, String transliteration, String comment) {

    public SuggestedFlag {
        if (paragraph < 0) {
            throw new IllegalArgumentException("negative paragraph " + paragraph);
        }
        new Span(start, end); // validates the offsets
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(category, "category");
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length differs from span [" + start + ", " + end + ")");
        }
    }

    public Span span() {
        return new Span(start, end);
    }
}
