package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlagsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(List.of(new FlagsCommand()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return commandLine.run(args);
    }

    private static Path seed002() throws IOException {
        Path seeds = Path.of(System.getProperty("parallax.shared", "../shared"), "seeds");
        try (var files = Files.list(seeds)) {
            return files.filter(f -> f.getFileName().toString().startsWith("002_")).findFirst().orElseThrow();
        }
    }

    @Test
    void shouldPrintTheSeedsFlagsAsJson() throws IOException {
        int status = run("flags", seed002().toString(), "--format", "json");

        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(json.startsWith("[\n") && json.endsWith("]\n"), json);
        assertEquals(11, Pattern.compile("\"paragraph\": ").matcher(json).results().count());
        assertTrue(json.contains("\"text\": \"prove\", \"category\": \"SOURCE_TERM_KEPT\", \"label\": \"Source term kept\","
                + " \"sourceTerm\": \"доказать\", \"transliteration\": \"dokazat’\""), json);
        assertTrue(json.contains("\"text\": \"Named after the Comintern\", \"category\": \"SOURCE_TERM_KEPT\","
                + " \"label\": \"Source term kept\", \"sourceTerm\": \"Имени Коминтерна\""), json);
        assertTrue(json.contains("\"text\": \"i.e., as caring only about Soviet interests —ed.\", \"category\": \"EDITORIAL_NOTE\""), json);
        assertTrue(json.contains("\"text\": \"stationed\", \"category\": \"EDITORIAL_INSERTION\", \"label\": \"Editorial insertion\","
                + " \"sourceTerm\": null, \"transliteration\": null"), json);
    }

    @Test
    void shouldPrintOneLinePerFlagAsText() throws IOException {
        int status = run("flags", seed002().toString());

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, status);
        assertEquals(11, lines.size());
        assertTrue(lines.stream().anyMatch(line -> line.endsWith("\tSource term kept\t\"prove\"\tдоказать [dokazat’]")), lines.toString());
    }

    @Test
    void shouldRejectAMissingFileWithOneLine() {
        int status = run("flags", "no/such/file.txt");

        assertEquals(1, status);
        assertEquals("parallax flags: no such file: no/such/file.txt",
                err.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
    }

    @Test
    void shouldRejectAnUnknownFormat() throws IOException {
        assertEquals(2, run("flags", seed002().toString(), "--format", "xml"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("parallax flags: unknown format \"xml\" (use text or json)"));
    }

    @Test
    void shouldRejectATextThatIsNotUtf8(@TempDir Path dir) throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});

        assertEquals(1, run("flags", latin1.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("parallax flags: "), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("UTF-8"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldEscapeJsonStrings() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", JsonStrings.quote("a\"b\\c\nd\u0001"));
        assertEquals("null", JsonStrings.quote(null));
    }
}
