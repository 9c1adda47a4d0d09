package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.text.SharedTexts;

class SegmentCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(List.of(new SegmentCommand()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return commandLine.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldPrintRepairedParagraphsAsJson() {
        String seed = SharedTexts.path(SharedTexts.SEED_ARCHIVE_PAGE).toString();

        assertThat(run("segment", seed, "--format", "json")).isZero();

        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(50);
        assertThat(lines.get(0)).isEqualTo("[");
        assertThat(lines.get(1)).isEqualTo("  {\"text\": \"About Instructions to Comrade A. I. Mikoyan\", "
                + "\"sentences\": [\"About Instructions to Comrade A. I. Mikoyan\"]},");
        assertThat(lines.get(47)).isEqualTo("  {\"text\": \"N. Khrushchev\", \"sentences\": [\"N. Khrushchev\"]},");
        assertThat(lines.get(48)).isEqualTo("  {\"text\": \"12-yav, II\", \"sentences\": [\"12-yav, II\"]}");
        assertThat(lines.get(49)).isEqualTo("]");
        assertThat(err()).isEmpty();
    }

    @Test
    void shouldPrintNumberedSentencesAndTheRepairNotesAsText() {
        String seed = SharedTexts.path(SharedTexts.SEED_HARD_WRAPPED).toString();

        assertThat(run("segment", seed, "--lang", "en")).isZero();

        assertThat(out()).startsWith("¶1\n  1. The following telegram from N. S. Khrushchev for Comrade A. I. Mikoyan "
                + "was received in the morning (Special No. 1013):\n\n¶2\n  1. In connection with");
        assertThat(out()).contains("-- 68 paragraphs, 286 sentences, language en (given)\n",
                "   title: Telegram from Khrushchev to Mikoyan\n",
                "   document REFLOWED_LINES: 455 printed lines reflowed into 68 paragraphs",
                "   ¶4 JOINED_PAGE_BREAK: joined across a page break at line 50:");
    }

    @Test
    void shouldEscapeJsonStrings() {
        assertThat(JsonStrings.quote("a \"quote\"\\ and\ttab\u0001")).isEqualTo("\"a \\\"quote\\\"\\\\ and\\ttab\\u0001\"");
    }

    @Test
    void shouldRefuseMissingAndUnreadableFilesWithOneLine(@TempDir Path folder) throws Exception {
        assertThat(run("segment", "no-such-file.txt")).isEqualTo(1);
        assertThat(err()).isEqualTo("parallax segment: no such file: no-such-file.txt\n");

        err.reset();
        assertThat(run("segment", folder.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("parallax segment: " + folder + " is a folder, not a file\n");

        err.reset();
        Path latin1 = Files.write(folder.resolve("fra.txt"), "Déclaration".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("segment", latin1.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("parallax segment: \"fra.txt\" is not valid UTF-8 (bad byte 0xE9 at byte offset "
                + "1); re-save it as UTF-8 and import it again.\n");

        err.reset();
        Path pdf = Files.write(folder.resolve("letter.pdf"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        assertThat(run("segment", pdf.toString())).isEqualTo(1);
        assertThat(err()).startsWith("parallax segment: \"letter.pdf\" is not a text file");
    }

    @Test
    void shouldRefuseBadArgumentsWithUsage() {
        assertThat(run("segment")).isEqualTo(2);
        assertThat(err()).isEqualTo("parallax segment: missing FILE\n"
                + "usage: parallax segment FILE [--lang xx] [--format text|json]\n");

        err.reset();
        assertThat(run("segment", "x.txt", "--format", "xml")).isEqualTo(2);
        assertThat(err()).startsWith("parallax segment: unknown format \"xml\" (use text or json)\n");

        err.reset();
        assertThat(run("segment", "x.txt", "--lang", "123")).isEqualTo(2);
        assertThat(err()).startsWith("parallax segment: \"123\" is not a BCP 47 language tag");

        err.reset();
        assertThat(run("segment", "x.txt", "--lang")).isEqualTo(2);
        assertThat(err()).startsWith("parallax segment: --lang needs a value\n");
    }
}
