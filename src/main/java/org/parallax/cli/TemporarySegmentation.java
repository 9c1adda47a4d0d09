package org.parallax.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Stand-in segmentation for raw text until the real segmenter ({@code org.parallax.core.segment}) is wired in:
 * paragraphs on blank lines, sentences after {@code . ! ?} (and their CJK forms) followed by space or end.
 * No abbreviation list; replace {@link #sentences} as a whole.
 */
final class TemporarySegmentation {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'”»)]?)\\s+|(?<=[。！？])");

    private TemporarySegmentation() {
    }

    /** Paragraphs of the raw text, each a list of sentences, in order; no empty sentences. */
    static List<List<String>> paragraphs(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            List<String> sentences = new ArrayList<>();
            for (String sentence : SENTENCE_END.split(paragraph.strip().replaceAll("\\s+", " "))) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
            if (!sentences.isEmpty()) {
                paragraphs.add(sentences);
            }
        }
        return paragraphs;
    }

    /** All sentences of the raw text in order. */
    static List<String> sentences(String text) {
        return paragraphs(text).stream().flatMap(List::stream).toList();
    }
}
