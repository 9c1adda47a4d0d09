package org.parallax.core.compare;

import org.parallax.core.text.Span;

/** A word or a punctuation mark of a text, with where it stands in that text. */
public record Token(String text, Span span) {

    /** Whether the token holds a letter or digit (a word), not only punctuation or symbols. */
    public boolean isWord() {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
