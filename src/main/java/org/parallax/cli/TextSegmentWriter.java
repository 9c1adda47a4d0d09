package org.parallax.cli;

import java.io.PrintStream;
import java.util.List;
import org.parallax.core.repair.DocumentMetadata;
import org.parallax.core.repair.RepairNote;
import org.parallax.core.text.SegmentedDocument;
import org.parallax.core.text.SegmentedParagraph;

/** Human-readable output of {@code segment}: numbered paragraphs and sentences, then metadata and repair notes. */
final class TextSegmentWriter {

    private TextSegmentWriter() {
    }

    static void write(SegmentedDocument document, boolean languageGiven, PrintStream out) {
        List<SegmentedParagraph> paragraphs = document.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            out.println("¶" + (p + 1));
            List<String> sentences = paragraphs.get(p).sentenceTexts();
            for (int s = 0; s < sentences.size(); s++) {
                out.printf("  %d. %s%n", s + 1, sentences.get(s));
            }
            out.println();
        }
        out.printf("-- %d paragraphs, %d sentences, language %s (%s)%n", paragraphs.size(), document.sentenceCount(),
                document.language(), languageGiven ? "given" : "detected");
        writeMetadata(document.metadata(), out);
        out.printf("-- %d repair notes%n", document.notes().size());
        for (RepairNote note : document.notes()) {
            String where = note.paragraph() == RepairNote.WHOLE_DOCUMENT ? "document" : "¶" + (note.paragraph() + 1);
            out.printf("   %s %s: %s%n", where, note.kind(), note.detail());
        }
    }

    private static void writeMetadata(DocumentMetadata metadata, PrintStream out) {
        if (metadata.isEmpty()) {
            return;
        }
        out.println("-- metadata");
        field("title", metadata.title(), out);
        field("date", metadata.date(), out);
        field("translator", metadata.translator(), out);
        field("original language", metadata.originalLanguage(), out);
        field("citation", metadata.citation(), out);
        field("source URL", metadata.sourceUrl(), out);
        field("summary", metadata.summary(), out);
    }

    private static void field(String name, String value, PrintStream out) {
        if (value != null) {
            out.printf("   %s: %s%n", name, value);
        }
    }
}
