package org.parallax.review;

import org.parallax.core.text.Span;

/**
 * A recorded sentence edit. EDIT: sentence {@code sentence}'s text {@code beforeText} at {@code start} became
 * {@code afterText}. SPLIT: the sentence {@code [start, end)} became {@code [start, firstEnd)} and
 * {@code [secondStart, end)}. MERGE: the reverse. For SPLIT and MERGE the texts are only for people to read.
 */
record SentenceEditRow(long id, long versionId, Operation operation, String actor, int sentence, String beforeText,
                       String afterText, int start, int beforeEnd, int afterEnd, Integer firstEnd,
                       Integer secondStart, boolean undone) {

    enum Operation { EDIT, SPLIT, MERGE }

    /** The sentence as one span: before a split, after a merge. */
    Span whole() {
        return new Span(start, afterEnd);
    }

    Span first() {
        return new Span(start, firstEnd);
    }

    Span second() {
        return new Span(secondStart, afterEnd);
    }
}
