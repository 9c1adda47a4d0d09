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
            json.append(p == 0 ? "\n" : ",\n").append("  {\"text\": ").append(JsonStrings.quote(paragraphs.get(p).text()))
                    .append(", \"sentences\": [");
            List<String> sentences = paragraphs.get(p).sentenceTexts();
            for (int s = 0; s < sentences.size(); s++) {
                json.append(s == 0 ? "" : ", ").append(JsonStrings.quote(sentences.get(s)));
            }
            json.append("]}");
        }
        out.println(json.append(paragraphs.isEmpty() ? "]" : "\n]"));
    }
}
