package org.parallax.core.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Repairs text damaged by PDF extraction and takes out its metadata, reporting each change as a
 * {@link RepairNote}. Steps, in order: metadata header and source note ({@link MetadataExtractor}); page-number
 * lines ({@link PageNumbers}); paragraphs, either reflowed from hard-wrapped printed lines ({@link LineReflower})
 * or one per non-blank line; stray symbols and markdown markers ({@link ParagraphCleaner}); paragraphs cut by a
 * page break ({@link PageBreakJoiner}). Clean text (one paragraph per line or block, nothing of the above) comes
 * out unchanged, with no notes. Stateless and thread-safe.
 */
public final class TextRepairer {

    public RepairedText repair(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        List<RepairNote> documentNotes = new ArrayList<>();
        MetadataExtractor.Result extracted = MetadataExtractor.extract(List.of(text.split("\n", -1)));
        documentNotes.addAll(extracted.notes());
        int firstLine = extracted.bodyStart() + 1;
        List<String> lines = PageNumbers.remove(extracted.bodyLines(), firstLine, documentNotes);
        Dehyphenator dehyphenator = new Dehyphenator(text);

        List<Draft> drafts;
        Optional<LineReflower> reflower = LineReflower.ifHardWrapped(lines, firstLine);
        if (reflower.isPresent()) {
            drafts = reflower.get().reflow(dehyphenator);
            documentNotes.add(new RepairNote(RepairNote.Kind.REFLOWED_LINES, RepairNote.WHOLE_DOCUMENT,
                    reflower.get().printedLines() + " printed lines reflowed into " + drafts.size()
                            + " paragraphs (estimated column width " + Math.round(reflower.get().column() * 10) / 10.0
                            + " em)"));
        } else {
            drafts = new ArrayList<>();
            for (String line : lines) {
                if (!line.isBlank()) {
                    drafts.add(new Draft(line.strip()));
                }
            }
        }
        drafts.forEach(ParagraphCleaner::clean);
        drafts.removeIf(draft -> draft.text().isBlank());
        drafts = PageBreakJoiner.join(drafts, dehyphenator);
        return assemble(drafts, extracted.metadata(), documentNotes);
    }

    private static RepairedText assemble(List<Draft> drafts, DocumentMetadata metadata,
                                         List<RepairNote> documentNotes) {
        List<String> paragraphs = new ArrayList<>(drafts.size());
        List<RepairNote> notes = new ArrayList<>(documentNotes);
        for (int i = 0; i < drafts.size(); i++) {
            paragraphs.add(drafts.get(i).text());
            for (Draft.Note note : drafts.get(i).notes()) {
                notes.add(new RepairNote(note.kind(), i, note.detail()));
            }
        }
        return new RepairedText(paragraphs, metadata, notes);
    }
}
