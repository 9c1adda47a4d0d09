package org.parallax.compare;

import java.util.List;
import org.parallax.core.compare.SentenceRange;
import org.parallax.core.compare.WordChange;
import org.parallax.core.text.Span;

/**
 * What one version has in one row: its sentences (an empty range and text for a gap) and the words that differ from
 * the version it was compared with, as spans into {@code text}.
 */
public record ComparisonCell(SentenceRange sentences, String text, List<Highlight> highlights) {

    public ComparisonCell {
        highlights = List.copyOf(highlights);
    }

    public boolean isGap() {
        return sentences.isEmpty();
    }

    /** A differing stretch of the cell's text and what kind of difference it is. */
    public record Highlight(Span span, WordChange.Kind kind) {
    }
}
