package org.parallax.core.segment;

import java.util.List;
import org.parallax.core.text.Span;

/** Splits one paragraph into sentences. Implementations are thread-safe. */
public interface SentenceSegmenter {

    /**
     * The sentences of {@code paragraph} as spans into it, in order, non-overlapping, each trimmed of surrounding
     * whitespace; together they cover every non-whitespace character. Empty for a blank paragraph.
     */
    List<Span> split(String paragraph);
}
