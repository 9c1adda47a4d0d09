package org.parallax.library;

import java.util.List;
import org.parallax.core.text.Span;

/**
 * A stored version with its text, paragraphs and sentences. All spans are offsets into {@link #body()}.
 */
public record VersionText(VersionSummary summary, VersionMetadata metadata, String rawText, String body,
                          List<Paragraph> paragraphs, List<RepairNoteView> repairNotes) {

    public VersionText {
        paragraphs = List.copyOf(paragraphs);
        repairNotes = List.copyOf(repairNotes);
    }

    /** A paragraph and its sentences, as spans into the version's body text. */
    public record Paragraph(int ordinal, Span span, List<Span> sentences) {

        public Paragraph {
            sentences = List.copyOf(sentences);
        }
    }

    public String textOf(Span span) {
        return span.of(body);
    }

    /** Every sentence of the version in order; the index is the sentence number alignments use. */
    public List<Span> sentenceSpans() {
        return paragraphs.stream().flatMap(p -> p.sentences().stream()).toList();
    }

    /** The texts of {@link #sentenceSpans()}. */
    public List<String> sentenceTexts() {
        return sentenceSpans().stream().map(this::textOf).toList();
    }
}
