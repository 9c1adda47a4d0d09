package org.parallax.core.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes rows as CSV after RFC 4180: comma-separated, CRLF line ends, a field quoted (with doubled quotes inside)
 * when it holds a comma, a quote or a line break.
 */
public final class CsvWriter {

    public void write(List<String> header, List<List<String>> rows, Writer out) {
        try {
            line(header, out);
            for (List<String> row : rows) {
                line(row, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(List<String> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
