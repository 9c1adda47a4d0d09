package org.parallax.core.repair;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes what a document says about itself out of its body: an {@link ArchiveHeader}, or else a plain first line
 * that is a date, or a short title line followed by a date line; and a closing {@code [Source: ...]} note.
 * Text that has none of these shapes is left exactly as it is.
 */
final class MetadataExtractor {

    /** @param bodyStart index of the first body line in the whole text, so notes can name file line numbers */
    record Result(DocumentMetadata metadata, List<String> bodyLines, int bodyStart, List<RepairNote> notes) {
    }

    private static final Pattern SOURCE_NOTE = Pattern.compile("(?s)\\[\\s*Source:\\s*(.+)]");
    private static final int TITLE_MAX_CHARS = 160;
    /** How far from the end a source note may begin. */
    private static final int SOURCE_NOTE_MAX_LINES = 12;

    private MetadataExtractor() {
    }

    static Result extract(List<String> lines) {
        MetadataBuilder metadata = new MetadataBuilder();
        int bodyStart = ArchiveHeader.parse(lines, metadata);
        if (bodyStart == 0) {
            bodyStart = plainHeader(lines, metadata);
        }
        int bodyEnd = sourceNote(lines, bodyStart, metadata);
        return new Result(metadata.build(), List.copyOf(lines.subList(bodyStart, bodyEnd)), bodyStart,
                metadata.notes());
    }

    /** A first line that is a date, or a short title line followed by a date line; returns the body start. */
    private static int plainHeader(List<String> lines, MetadataBuilder metadata) {
        int first = nextNonBlank(lines, 0);
        if (first < 0) {
            return 0;
        }
        Optional<String> firstAsDate = DatePhrases.dateOf(lines.get(first));
        if (firstAsDate.isPresent()) {
            metadata.date(firstAsDate.get());
            return first + 1;
        }
        int second = nextNonBlank(lines, first + 1);
        String title = lines.get(first).strip();
        if (second < 0 || title.length() > TITLE_MAX_CHARS || title.matches(".*[.,;:!?]")) {
            return 0;
        }
        Optional<String> secondAsDate = DatePhrases.dateOf(lines.get(second));
        if (secondAsDate.isEmpty()) {
            return 0;
        }
        metadata.title(title);
        metadata.date(secondAsDate.get());
        return second + 1;
    }

    /** A closing "[Source: ...]" note; returns the end of the body (exclusive). */
    private static int sourceNote(List<String> lines, int bodyStart, MetadataBuilder metadata) {
        int end = lines.size();
        while (end > bodyStart && lines.get(end - 1).isBlank()) {
            end--;
        }
        for (int start = end - 1; start >= bodyStart && start >= end - SOURCE_NOTE_MAX_LINES; start--) {
            if (lines.get(start).strip().startsWith("[Source:")) {
                Matcher note = SOURCE_NOTE.matcher(ArchiveHeader.oneLine(String.join("\n", lines.subList(start, end))));
                if (!note.matches()) {
                    return end;
                }
                String source = note.group(1).strip();
                if (metadata.hasCitation()) {
                    metadata.other("source note", source);
                } else {
                    metadata.citation(source);
                }
                return start;
            }
        }
        return end;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
