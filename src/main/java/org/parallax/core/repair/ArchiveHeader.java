package org.parallax.core.repair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block of an archive page saved as markdown: bold paragraphs (the date and the title), then bold
 * labels such as {@code **Citation:**}, {@code **Summary:**}, {@code **Original Language:**}, each followed by one
 * paragraph holding its value. Without at least one label there is no header.
 */
final class ArchiveHeader {

    private static final Pattern BOLD_BLOCK = Pattern.compile("(?s)\\*\\*(.+)\\*\\*");
    private static final Pattern LABEL = Pattern.compile("\\*\\*([\\p{L} ]{2,40}):\\*\\*");
    private static final Pattern URL = Pattern.compile("<?(https?://[^\\s>]+)>?");

    private ArchiveHeader() {
    }

    /** Parses the header into {@code metadata}; returns the index of the first body line, 0 if there is no header. */
    static int parse(List<String> lines, MetadataBuilder metadata) {
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
            Optional<String> date = DatePhrases.dateOf(line);
            if (date.isPresent()) {
                metadata.date(date.get());
            } else {
                metadata.title(line);
            }
        }
        fields.forEach((label, value) -> field(label, oneLine(value), metadata));
        return consumed == blocks.size() ? lines.size() : blocks.get(consumed).firstLine();
    }

    private static void field(String label, String value, MetadataBuilder metadata) {
        switch (label.toLowerCase(Locale.ROOT)) {
            case "citation", "source" -> {
                Matcher url = URL.matcher(value);
                if (url.find()) {
                    metadata.sourceUrl(url.group(1));
                    value = (value.substring(0, url.start()) + value.substring(url.end())).strip();
                }
                metadata.citation(value);
            }
            case "summary" -> metadata.summary(value);
            case "original language" -> metadata.originalLanguage(LanguageNames.tagOf(value).orElse(value));
            case "translator", "translated by" -> metadata.translator(value);
            case "title" -> metadata.title(value);
            case "date" -> metadata.date(DatePhrases.dateOf(value).orElse(value));
            default -> metadata.other(label.toLowerCase(Locale.ROOT), value);
        }
    }

    /** Markdown hard breaks and line ends become single spaces. */
    static String oneLine(String text) {
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
