package org.parallax.core.text;

import java.util.List;

/**
 * A paragraph and its sentences as spans into {@link #text()}.
 *
 * @param text      the paragraph, trimmed, without line breaks
 * @param sentences sentence spans in order; together they cover all non-whitespace text
 */
public record SegmentedParagraph(String text, List<Span> sentences) {

    public SegmentedParagraph {
        sentences = List.copyOf(sentences);
        for (Span sentence : sentences) {
            if (sentence.end() > text.length()) {
                throw new IllegalArgumentException("sentence " + sentence + " outside a paragraph of length "
                        + text.length());
            }
        }
    }

    /** The sentences as strings. */
    public List<String> sentenceTexts() {
        return sentences.stream().map(span -> span.of(text)).toList();
    }
}
