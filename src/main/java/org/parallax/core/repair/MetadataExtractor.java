package org.parallax.core.repair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes what a document says about itself out of its body: the header block of an archive page (a bold date
 * and title, then bold labels such as {@code **Citation:**} each followed by one paragraph), or a plain title
 * line followed by a date line, and a closing {@code [Source: ...]} note. Text that has none of these shapes
 * is left exactly as it is.
 */
final class MetadataExtractor {

    /** @param bodyStart index of the first body line in the whole text, so notes can name file line numbers */
    record Result(DocumentMetadata metadata, List<String> bodyLines, int bodyStart, List<RepairNote> notes) {
    }

    private static final Pattern BOLD_BLOCK = Pattern.compile("(?s)\\*\\*(.+)\\*\\*");
    private static final Pattern LABEL = Pattern.compile("\\*\\*([\\p{L} ]{2,40}):\\*\\*");
    private static final Pattern URL = Pattern.compile("<?(https?://[^\\s>]+)>?");
    private static final Pattern TRANSLATOR = Pattern.compile(
            "(?:Translated|Translation) by ((?:\\p{Lu}[\\p{L}'’.-]*\\s?)+)");
    private static final Pattern SOURCE_NOTE = Pattern.compile("(?s)\\[\\s*Source:\\s*(.+)]");
    /** A title line is short and does not end like a sentence. */
    private static final int TITLE_MAX_CHARS = 160;

    private String title;
    private String date;
    private String citation;
    private String summary;
    private String originalLanguage;
    private String translator;
    private String sourceUrl;
    private final List<RepairNote> notes = new ArrayList<>();

    private MetadataExtractor() {
    }

    static Result extract(List<String> lines) {
        return new MetadataExtractor().run(lines);
    }

    private Result run(List<String> lines) {
        int bodyStart = archiveHeader(lines);
        if (bodyStart == 0) {
            bodyStart = plainHeader(lines);
        }
        int bodyEnd = sourceNote(lines, bodyStart);
        DocumentMetadata metadata = new DocumentMetadata(title, date, citation, summary, originalLanguage,
                translator, sourceUrl);
        return new Result(metadata, List.copyOf(lines.subList(bodyStart, bodyEnd)), bodyStart, notes);
    }

    /** Parses a markdown archive header; returns the index of the first body line, 0 if there is no header. */
    private int archiveHeader(List<String> lines) {
        List<Block> blocks = Block.split(lines);
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> bold = new ArrayList<>();
        int consumed = 0;
        for (int b = 0; b < blocks.size(); b++) {
            String text = blocks.get(b).text();
            Matcher label = LABEL.matcher(text);
            if (label.matches() && b + 1 < blocks.size()) {
                fields.put(label.group(1).strip(), blocks.get(b + 1).text());
                consumed = ++b + 1;
            } else if (fields.isEmpty() && BOLD_BLOCK.matcher(text).matches()) {
                bold.add(oneLine(text.substring(2, text.length() - 2)));
                consumed = b + 1;
            } else {
                break;
            }
        }
        if (fields.isEmpty()) {
            return 0;
        }
        for (String line : bold) {
            Optional<String> asDate = DatePhrases.dateOf(line);
            if (asDate.isPresent() && date == null) {
                date = note("date", asDate.get());
            } else if (title == null) {
                title = note("title", line);
            }
        }
        fields.forEach(this::field);
        return consumed == blocks.size() ? lines.size() : blocks.get(consumed).firstLine();
    }

    private void field(String label, String value) {
        String text = oneLine(value);
        switch (label.toLowerCase()) {
            case "citation", "source" -> {
                Matcher url = URL.matcher(text);
                if (url.find()) {
                    sourceUrl = note("source URL", url.group(1));
                    text = (text.substring(0, url.start()) + text.substring(url.end())).strip();
                }
                citation = note("citation", text);
                translatorFrom(text);
            }
            case "summary" -> summary = note("summary", text);
            case "original language" -> originalLanguage = note("original language",
                    LanguageNames.tagOf(text).orElse(text));
            case "translator", "translated by" -> translator = note("translator", text);
            case "title" -> title = note("title", text);
            case "date" -> date = note("date", DatePhrases.dateOf(text).orElse(text));
            default -> {
                note(label.toLowerCase() + " (kept in this note only)", text);
                translatorFrom(text);
            }
        }
    }

    /** A first line that is a date, or a short title line followed by a date line; returns the body start. */
    private int plainHeader(List<String> lines) {
        int first = nextNonBlank(lines, 0);
        if (first < 0) {
            return 0;
        }
        Optional<String> firstAsDate = DatePhrases.dateOf(lines.get(first));
        if (firstAsDate.isPresent()) {
            date = note("date", firstAsDate.get());
            return first + 1;
        }
        int second = nextNonBlank(lines, first + 1);
        String candidate = lines.get(first).strip();
        if (second < 0 || candidate.length() > TITLE_MAX_CHARS || candidate.matches(".*[.,;:!?]")) {
            return 0;
        }
        Optional<String> secondAsDate = DatePhrases.dateOf(lines.get(second));
        if (secondAsDate.isEmpty()) {
            return 0;
        }
        title = note("title", candidate);
        date = note("date", secondAsDate.get());
        return second + 1;
    }

    /** A closing "[Source: ...]" note; returns the end of the body (exclusive). */
    private int sourceNote(List<String> lines, int bodyStart) {
        int end = lines.size();
        while (end > bodyStart && lines.get(end - 1).isBlank()) {
            end--;
        }
        for (int start = end - 1; start >= bodyStart && start >= end - 12; start--) {
            if (lines.get(start).strip().startsWith("[Source:")) {
                String text = oneLine(String.join("\n", lines.subList(start, end)));
                Matcher m = SOURCE_NOTE.matcher(text);
                if (!m.matches()) {
                    return end;
                }
                String source = m.group(1).strip();
                if (citation == null) {
                    citation = note("citation", source);
                } else {
                    note("source note (kept in this note only)", source);
                }
                translatorFrom(source);
                return start;
            }
        }
        return end;
    }

    private void translatorFrom(String text) {
        Matcher m = TRANSLATOR.matcher(text);
        if (translator == null && m.find()) {
            translator = note("translator", m.group(1).strip().replaceAll("[.]$", ""));
        }
    }

    private String note(String what, String value) {
        notes.add(new RepairNote(RepairNote.Kind.EXTRACTED_METADATA, RepairNote.WHOLE_DOCUMENT,
                what + ": " + value));
        return value;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Markdown hard breaks and line ends become single spaces. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Consecutive non-blank lines. */
    private record Block(int firstLine, String text) {

        static List<Block> split(List<String> lines) {
            List<Block> blocks = new ArrayList<>();
            int i = 0;
            while (i < lines.size()) {
                if (lines.get(i).isBlank()) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < lines.size() && !lines.get(i).isBlank()) {
                    i++;
                }
                blocks.add(new Block(start, String.join("\n", lines.subList(start, i)).strip()));
            }
            return blocks;
        }
    }
}
