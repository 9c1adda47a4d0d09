package org.parallax.core.text;

/**
 * A half-open range {@code [start, end)} of {@code char} offsets into some text.
 * Offsets, not copies of strings, so views can highlight and users can later re-split.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }
}
