package org.parallax.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void shouldQuoteFieldsWithCommasQuotesAndLineBreaksTheRfc4180Way() {
        ExportDocument document = new ExportDocument("en", "ru", "", "", List.of(
                new ExportUnit(0, "plain", "He said \"yes\", then left", "auto", 0.5, List.of()),
                new ExportUnit(1, "two\r\nlines", "one line", "approved", 1, List.of())), ExportFixtures.TOOL);

        assertEquals("index,source,target,status,confidence,flags\r\n"
                + "0,plain,\"He said \"\"yes\"\", then left\",auto,0.5,\r\n"
                + "1,\"two\r\nlines\",one line,approved,1.0,\r\n", write(document, CsvOptions.csv()));
    }

    @Test
    void shouldWriteRealBeadsWithTheirFlags() {
        String csv = write(ExportFixtures.udhr(), CsvOptions.csv());
        List<String> lines = csv.lines().toList();

        assertEquals("0,Universal Declaration of Human Rights,Всеобщая декларация прав человека,approved,0.99,"
                + "9-19|TERMINOLOGY|Declaration|deklaratsiia|approved", lines.get(1));
        assertTrue(lines.get(2).startsWith("1,\"Whereas recognition of the inherent dignity"), lines.get(2));
        assertTrue(lines.get(2).endsWith(",auto,0.8125,36-47|lexical-choice|dignity|dostoinstva|proposed"),
                lines.get(2));
        assertEquals("2,\"Tom & Jerry's \"\"quote\"\" <script>alert('x')</script> &amp; 5 > 3\","
                + "\"Том & Джерри «цитата» <script>alert(\"\"x\"\")</script>\",edited,1.0,", lines.get(3));
    }

    @Test
    void shouldStartWithAByteOrderMarkOnlyWhenAsked() {
        CsvOptions withBom = new CsvOptions(CsvOptions.Format.CSV, true);

        assertTrue(write(ExportFixtures.jonah(), withBom).startsWith("\uFEFFindex,source,"));
        assertTrue(write(ExportFixtures.jonah(), CsvOptions.csv()).startsWith("index,source,"));
    }

    @Test
    void shouldEscapeTabsAndLineBreaksInTsvInsteadOfQuoting() {
        ExportDocument document = new ExportDocument("en", "es", "", "", List.of(
                new ExportUnit(7, "a\tb \"c\", d", "x\\y\r\nz", "auto", 0.25, List.of())), ExportFixtures.TOOL);

        assertEquals("index\tsource\ttarget\tstatus\tconfidence\tflags\n"
                + "7\ta\\tb \"c\", d\tx\\\\y\\r\\nz\tauto\t0.25\t\n", write(document, CsvOptions.tsv()));
    }

    @Test
    void shouldWriteSeveralFlagsInOneCellWithEscapedSeparators() {
        String target = "prove [dokazat’] the point";
        ExportDocument document = new ExportDocument("ru", "en", "", "", List.of(new ExportUnit(0, "доказать", target,
                "auto", 0.9, List.of(
                        new ExportFlag(0, 5, "source-term-kept", null, "доказать", "dokazat’", "", "proposed"),
                        new ExportFlag(6, 16, "editorial-note", null, "", "a|b;c", "", "")))), ExportFixtures.TOOL);

        String cell = write(document, CsvOptions.csv()).lines().toList().get(1).replaceFirst(".*,0.9,", "");

        assertEquals("0-5|source-term-kept|доказать|dokazat’|proposed; 6-16|editorial-note||a\\|b\\;c|", cell);
        assertEquals(document.units().get(0).flags().stream()
                        .map(f -> new ExportFlag(f.start(), f.end(), f.category(), null, f.sourceTerm(),
                                f.transliteration(), "", f.status())).toList(),
                FlagCode.decodeAll(cell));
    }

    private static String write(ExportDocument document, CsvOptions options) {
        StringWriter out = new StringWriter();
        try {
            CsvWriter.write(document, options, out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }
}
