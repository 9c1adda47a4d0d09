package org.parallax.core.text;

import java.util.List;
import org.parallax.core.repair.DocumentMetadata;
import org.parallax.core.repair.RepairNote;

/**
 * An imported text ready to store and align: repaired paragraphs split into sentences.
 *
 * @param language   BCP 47 tag, given by the user or detected
 * @param metadata   what the document said about itself
 * @param paragraphs the body, in order
 * @param notes      what the repair changed, for the user to check
 */
public record SegmentedDocument(String language, DocumentMetadata metadata, List<SegmentedParagraph> paragraphs,
                                List<RepairNote> notes) {

    public SegmentedDocument {
        paragraphs = List.copyOf(paragraphs);
        notes = List.copyOf(notes);
    }

    public int sentenceCount() {
        return paragraphs.stream().mapToInt(p -> p.sentences().size()).sum();
    }
}
