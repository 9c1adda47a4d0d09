package org.parallax.core.compare;

/** Sentences {@code [start, end)} of one version, by sentence number; empty where a version has a gap. */
public record SentenceRange(int start, int end) {

    public SentenceRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence range [" + start + ", " + end + ")");
        }
    }

    public boolean isEmpty() {
        return end == start;
    }

    public int size() {
        return end - start;
    }
}
