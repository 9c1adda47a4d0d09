package org.parallax.core.export;

import java.util.ArrayList;
import java.util.List;
import org.parallax.core.text.Span;

/**
 * The one-line, machine-readable form of a flag used in TMX {@code <prop type="x-flag">} and in the CSV flags
 * column: {@code start-end|category|sourceTerm|transliteration|status}, e.g.
 * {@code 12-17|source-term-kept|доказать|dokazat’|proposed}, followed by {@code |sourceStart-sourceEnd} when the
 * flag is linked to a span of the unit's source text ({@code ...|proposed|40-48}); a code without it reads as before.
 * A backslash escapes {@code \}, {@code |} and {@code ;} inside a field; several flags in one cell are separated by
 * {@code "; "}. Label and comment are not part of the code (they go to the human-readable note).
 */
public final class FlagCode {

    private FlagCode() {
    }

    public static String encode(ExportFlag flag) {
        return flag.start() + "-" + flag.end() + "|" + escape(flag.category()) + "|" + escape(flag.sourceTerm())
                + "|" + escape(flag.transliteration()) + "|" + escape(flag.status())
                + (flag.sourceSpan() == null ? "" : "|" + flag.sourceSpan().start() + "-" + flag.sourceSpan().end());
    }

    public static String encodeAll(List<ExportFlag> flags) {
        return String.join("; ", flags.stream().map(FlagCode::encode).toList());
    }

    /**
     * Reads one code back; label becomes the category and comment is empty.
     *
     * @throws IllegalArgumentException when the code is not of the form above
     */
    public static ExportFlag decode(String code) {
        List<String> fields = split(code.strip(), '|');
        if (fields.size() != 5 && fields.size() != 6) {
            throw new IllegalArgumentException("a flag code has 5 or 6 fields separated by '|', not " + fields.size()
                    + ": '" + code + "'");
        }
        ExportFlag flag = new ExportFlag(offsets(fields.get(0), code).start(), offsets(fields.get(0), code).end(),
                fields.get(1), null, fields.get(2), fields.get(3), "", fields.get(4));
        return fields.size() == 6 ? flag.withSourceSpan(offsets(fields.get(5), code)) : flag;
    }

    private static Span offsets(String field, String code) {
        String[] offsets = field.split("-", -1);
        if (offsets.length != 2) {
            throw new IllegalArgumentException("offsets in a flag code are start-end: '" + code + "'");
        }
        try {
            return new Span(Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("offsets in a flag code are start-end: '" + code + "'", e);
        }
    }

    /** Reads a cell of codes separated by {@code ;}; an empty cell has no flags. */
    public static List<ExportFlag> decodeAll(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return split(cell, ';').stream().map(FlagCode::decode).toList();
    }

    private static String escape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (char c : field.toCharArray()) {
            if (c == '\\' || c == '|' || c == ';') {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
        }
        return out.toString();
    }

    /**
     * Splits on unescaped {@code separator}. For '|' (the innermost level) escapes are removed; for ';' they are
     * kept so that the pieces can be split again.
     */
    private static List<String> split(String text, char separator) {
        boolean unescape = separator == '|';
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                if (!unescape) {
                    field.append(c);
                }
                field.append(text.charAt(++i));
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
