package org.parallax.core.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.core.text.Span;

/** Helpers that keep sentence spans trimmed and covering the whole paragraph. */
final class Spans {

    private Spans() {
    }

    /** {@code [start, end)} without surrounding whitespace, or empty if it holds only whitespace. */
    static Optional<Span> trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? Optional.of(new Span(start, end)) : Optional.empty();
    }

    /**
     * The sentences with any non-whitespace text they leave out between them (a model may skip characters)
     * added to the neighbouring sentence, so that no text is lost.
     */
    static List<Span> covering(String text, List<Span> sentences) {
        List<Span> result = new ArrayList<>(sentences.size());
        int covered = 0;
        for (Span sentence : sentences) {
            int start = trimmed(text, covered, sentence.start()).map(Span::start).orElse(sentence.start());
            result.add(new Span(start, sentence.end()));
            covered = sentence.end();
        }
        Optional<Span> rest = trimmed(text, covered, text.length());
        if (rest.isPresent()) {
            if (result.isEmpty()) {
                result.add(rest.get());
            } else {
                Span last = result.remove(result.size() - 1);
                result.add(new Span(last.start(), rest.get().end()));
            }
        }
        return result;
    }
}
