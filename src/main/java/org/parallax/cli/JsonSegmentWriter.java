package org.parallax.cli;

import java.io.PrintStream;
import java.util.List;
import org.parallax.core.text.SegmentedDocument;
import org.parallax.core.text.SegmentedParagraph;

/** JSON output of {@code segment}: an array of paragraphs, each {@code {"text": ..., "sentences": [...]}}. */
final class JsonSegmentWriter {

    private JsonSegmentWriter() {
    }

    static void write(SegmentedDocument document, PrintStream out) {
        StringBuilder json = new StringBuilder("[");
        List<SegmentedParagraph> paragraphs = document.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            json.append(p == 0 ? "\n" : ",\n").append("  {\"text\": ").append(quote(paragraphs.get(p).text()))
                    .append(", \"sentences\": [");
            List<String> sentences = paragraphs.get(p).sentenceTexts();
            for (int s = 0; s < sentences.size(); s++) {
                json.append(s == 0 ? "" : ", ").append(quote(sentences.get(s)));
            }
            json.append("]}");
        }
        out.println(json.append(paragraphs.isEmpty() ? "]" : "\n]"));
    }

    /** A JSON string literal (RFC 8259, section 7). */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
