package org.parallax.core.compare;

import org.parallax.core.text.Span;

/**
 * One stretch of a word-level comparison of two texts, with its character spans in the left and the right text.
 * An INSERT has an empty left span where the words would go, a DELETE an empty right span. A MOVED change pairs a
 * run of words deleted in one place with the same run inserted elsewhere: its spans lie at different positions.
 */
public record WordChange(Kind kind, Span left, Span right) {

    public enum Kind { EQUAL, INSERT, DELETE, CHANGE, MOVED }

    public boolean isDifference() {
        return kind != Kind.EQUAL;
    }
}
