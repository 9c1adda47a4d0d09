package org.parallax.core.repair;

import java.util.List;

/**
 * The body of a document as paragraphs, what it says about itself, and what the repair changed.
 * Paragraphs are trimmed, non-empty, and contain no line breaks.
 */
public record RepairedText(List<String> paragraphs, DocumentMetadata metadata, List<RepairNote> notes) {

    public RepairedText {
        paragraphs = List.copyOf(paragraphs);
        notes = List.copyOf(notes);
    }
}
