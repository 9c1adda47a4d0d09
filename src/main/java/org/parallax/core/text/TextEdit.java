package org.parallax.core.text;

import java.util.Objects;

/**
 * One sentence's text replaced in a body text: {@code before} at offset {@code start} becomes {@code after}. Only the
 * part between the longest common prefix and suffix of the two texts counts as changed, so a span that lies in the
 * unchanged part keeps its text and only moves; everything after the sentence moves by {@link #delta()}.
 */
public record TextEdit(int start, String before, String after) {

    public TextEdit {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (start < 0) {
            throw new IllegalArgumentException("negative offset " + start);
        }
    }

    /** Where a span of the old text lies in the new one, and whether its text is still what it was. */
    public record Mapped(Span span, boolean textChanged) {
    }

    /** How much later text moves: the new text's length minus the old one's. */
    public int delta() {
        return after.length() - before.length();
    }

    /** The body with this edit made. @throws IllegalArgumentException if the body does not hold {@code before} */
    public String apply(String body) {
        if (start + before.length() > body.length() || !body.startsWith(before, start)) {
            throw new IllegalArgumentException("the text at " + start + " is not the text this edit replaces");
        }
        return body.substring(0, start) + after + body.substring(start + before.length());
    }

    /** The edit that puts the old text back. */
    public TextEdit inverse() {
        return new TextEdit(start, after, before);
    }

    /** The changed part of the old text, as body offsets. */
    public Span changedBefore() {
        int prefix = commonPrefix();
        return new Span(start + prefix, start + before.length() - commonSuffix(prefix));
    }

    /** The changed part of the new text, as body offsets. */
    public Span changedAfter() {
        int prefix = commonPrefix();
        return new Span(start + prefix, start + after.length() - commonSuffix(prefix));
    }

    /**
     * Maps a span of the text's structure, which never cuts a sentence: one before the sentence stays, one after it
     * moves by {@link #delta()}, one enclosing it (the sentence itself, its paragraph) ends {@link #delta()} later.
     *
     * @throws IllegalArgumentException for a span that cuts the edited sentence
     */
    public Span structural(Span span) {
        int end = start + before.length();
        if (span.end() <= start && span.start() < start) {
            return span;
        }
        if (span.start() >= end) {
            return span.shift(delta());
        }
        if (span.start() <= start && span.end() >= end) {
            return new Span(span.start(), span.end() + delta());
        }
        throw new IllegalArgumentException("span " + span + " cuts the edited text at " + start + ".." + end);
    }

    /**
     * Maps a span of the old body to the new one. A span before the change stays, one after it moves by
     * {@link #delta()}; a span that encloses the change (the sentence, its paragraph) grows or shrinks with it; a span
     * that overlaps the change covers its unchanged parts plus all of the new text there, and counts as changed
     * (it is empty if its text was deleted and nothing was written in its place).
     */
    public Mapped map(Span span) {
        Span changed = changedBefore();
        Span replacement = changedAfter();
        if (span.end() <= changed.start()) {
            return new Mapped(span, false);
        }
        if (span.start() >= changed.end()) {
            return new Mapped(span.shift(delta()), false);
        }
        int newStart = Math.min(span.start(), replacement.start());
        int newEnd = span.end() >= changed.end() ? span.end() + delta() : replacement.end();
        return new Mapped(new Span(newStart, newEnd), changed.length() > 0 || replacement.length() > 0);
    }

    private int commonPrefix() {
        int limit = Math.min(before.length(), after.length());
        int i = 0;
        while (i < limit && before.charAt(i) == after.charAt(i)) {
            i++;
        }
        return i;
    }

    private int commonSuffix(int prefix) {
        int limit = Math.min(before.length(), after.length()) - prefix;
        int i = 0;
        while (i < limit && before.charAt(before.length() - 1 - i) == after.charAt(after.length() - 1 - i)) {
            i++;
        }
        return i;
    }
}
