package org.parallax.core.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes an alignment as a table, one row per bead after a header row: {@code index, source, target, status,
 * confidence, flags}, the flags in {@link FlagCode} form separated by {@code "; "}. CSV follows RFC 4180; see
 * {@link CsvOptions.Format} for TSV. Write to a UTF-8 Writer.
 */
public final class CsvWriter {

    static final List<String> COLUMNS = List.of("index", "source", "target", "status", "confidence", "flags");

    private CsvWriter() {
    }

    /**
     * Writes {@code document} to {@code out}, which is flushed but not closed.
     *
     * @throws IOException when {@code out} fails
     */
    public static void write(ExportDocument document, CsvOptions options, Writer out) throws IOException {
        if (options.byteOrderMark()) {
            out.write('\uFEFF');
        }
        row(out, options.format(), COLUMNS);
        for (ExportUnit unit : document.units()) {
            row(out, options.format(), List.of(Integer.toString(unit.index()), unit.source(), unit.target(),
                    unit.status(), Double.toString(unit.confidence()), FlagCode.encodeAll(unit.flags())));
        }
        out.flush();
    }

    private static void row(Writer out, CsvOptions.Format format, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(format == CsvOptions.Format.CSV ? ',' : '\t');
            }
            out.write(format == CsvOptions.Format.CSV ? csvField(fields.get(i)) : tsvField(fields.get(i)));
        }
        out.write(format == CsvOptions.Format.CSV ? "\r\n" : "\n");
    }

    static String csvField(String field) {
        boolean needsQuotes = field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    static String tsvField(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (char c : field.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
