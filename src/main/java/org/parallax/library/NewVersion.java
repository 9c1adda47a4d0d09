package org.parallax.library;

import java.util.List;
import org.parallax.core.text.SegmentedParagraph;

/**
 * A version ready to be stored: the text as received, and what the importer made of it.
 * The stored body text is the paragraphs joined by blank lines; sentence offsets are kept relative to it.
 */
public record NewVersion(long workId, VersionMetadata metadata, String rawText, List<SegmentedParagraph> paragraphs,
                         List<RepairNoteView> repairNotes) {

    public NewVersion {
        paragraphs = List.copyOf(paragraphs);
        repairNotes = List.copyOf(repairNotes);
    }
}
