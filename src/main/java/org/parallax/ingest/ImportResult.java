package org.parallax.ingest;

import java.util.List;
import org.parallax.library.RepairNoteView;

/** What an import stored: the new version, its detected or given language, its size and the repairs made. */
public record ImportResult(long workId, long versionId, String language, int paragraphs, int sentences,
                           List<RepairNoteView> repairs) {

    public ImportResult {
        repairs = List.copyOf(repairs);
    }
}
