package org.parallax.cli;

import org.junit.jupiter.api.Test;
import org.parallax.core.export.TmxContent;
import org.parallax.core.export.TmxReader;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlignCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine commandLine = new CommandLine(List.of(new AlignCommand()),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void shouldPrintBeadsInTheEvalFormat() throws IOException {
        Path source = write("src.txt", "Whereas recognition of the inherent dignity.\nArticle 1\nAll human beings are born free.\n");
        Path target = write("tgt.txt", "Da die Anerkennung der angeborenen Würde.\nArtikel 1\nAlle Menschen sind frei geboren.\n");
        int status = commandLine.run("align", source.toString(), target.toString(), "--presegmented");
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[0]:[0]\n[1]:[1]\n[2]:[2]\n");
    }

    @Test
    void shouldWriteTmxThatReadsBackWithTheLanguagesGiven() throws IOException {
        Path source = write("src.txt", "Article 1\n\nAll human beings are born free. They are endowed with reason.\n");
        Path target = write("tgt.txt", "Статья 1\n\nВсе люди рождаются свободными. Они наделены разумом.\n");

        assertThat(commandLine.run("align", source.toString(), target.toString(), "--source-lang", "en",
                "--target-lang", "ru", "--format", "tmx")).isZero();

        TmxContent tmx = TmxReader.read(new StringReader(out.toString(StandardCharsets.UTF_8)));
        assertThat(tmx.sourceLanguage()).isEqualTo("en");
        assertThat(tmx.targetLanguage()).isEqualTo("ru");
        assertThat(tmx.targetSegments()).containsExactly("Статья 1", "Все люди рождаются свободными.",
                "Они наделены разумом.");
    }

    @Test
    void shouldSplitRawTextIntoSentencesAndPrintTsv() throws IOException {
        Path source = write("src.txt", "Article 1\n\nAll human beings are born free. They are endowed with reason.\n");
        Path target = write("tgt.txt", "Artikel 1\n\nAlle Menschen sind frei geboren. Sie sind mit Vernunft begabt.\n");
        assertThat(commandLine.run("align", source.toString(), target.toString(), "--format", "tsv")).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).startsWith("[2]:[2]\t").endsWith("\tThey are endowed with reason.\tSie sind mit Vernunft begabt.");
    }

    @Test
    void shouldWriteItsOwnSegmentsOnePerLineForTheRawModeOfTheEvaluation() throws IOException {
        String rawSource = "Article 1\n\nAll human  beings are born free.\tThey are endowed with reason.\n";
        Path source = write("src.txt", rawSource);
        Path target = write("tgt.txt", "Artikel 1\n\nAlle Menschen sind frei geboren. Sie sind mit Vernunft begabt.\n");
        Path sourceOut = folder.resolve("sys_src.txt");
        Path targetOut = folder.resolve("sys_tgt.txt");

        assertThat(commandLine.run("align", source.toString(), target.toString(), "--source-lang", "en",
                "--target-lang", "de", "--paragraphs", "first", "--write-segments", sourceOut.toString(),
                targetOut.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[0]:[0]\n[1]:[1]\n[2]:[2]\n");
        List<String> sourceLines = Files.readAllLines(sourceOut);
        assertThat(sourceLines).containsExactly("Article 1", "All human beings are born free.",
                "They are endowed with reason.");
        // project_to_gold.py finds each line in the raw text with whitespace ignored
        assertThat(String.join("", sourceLines).replaceAll("\\s", "")).isEqualTo(rawSource.replaceAll("\\s", ""));
        assertThat(Files.readAllLines(targetOut)).containsExactly("Artikel 1", "Alle Menschen sind frei geboren.",
                "Sie sind mit Vernunft begabt.");
    }

    @Test
    void shouldKeepEveryLineAsASegmentWhenPresegmented() throws IOException {
        Path source = write("src.txt", "One.\n\nTwo.\n");
        Path target = write("tgt.txt", "Eins.\n\nZwei.\n");
        assertThat(segmentsWrittenForPresegmented(source, target).source()).containsExactly("One.", "", "Two.");
    }

    @Test
    void shouldSplitPresegmentedLinesAtEveryKindOfLineBreakAndDropTheByteOrderMark() throws IOException {
        Path source = write("src.txt", "\uFEFFOne.\r\nTwo.\rThree.\n\nFive.");
        Path target = write("tgt.txt", "Eins.\nZwei.\nDrei.\n\nFünf.\n");
        WrittenSegments written = segmentsWrittenForPresegmented(source, target);
        assertThat(written.source()).containsExactly("One.", "Two.", "Three.", "", "Five.");
        assertThat(written.target()).containsExactly("Eins.", "Zwei.", "Drei.", "", "Fünf.");
    }

    private record WrittenSegments(List<String> source, List<String> target) {
    }

    private WrittenSegments segmentsWrittenForPresegmented(Path source, Path target) throws IOException {
        Path sourceOut = folder.resolve("sys_src.txt");
        Path targetOut = folder.resolve("sys_tgt.txt");
        assertThat(commandLine.run("align", source.toString(), target.toString(), "--presegmented",
                "--write-segments", sourceOut.toString(), targetOut.toString())).isZero();
        return new WrittenSegments(Files.readAllLines(sourceOut), Files.readAllLines(targetOut));
    }

    @Test
    void shouldRefuseEmptyAndBinaryFilesWhenPresegmented() throws IOException {
        Path empty = write("empty.txt", "\uFEFF\n  \r\n");
        Path binary = folder.resolve("src.bin");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0, (byte) 0xff, (byte) 0xfe});
        Path nul = folder.resolve("nul.txt");
        Files.write(nul, new byte[] {'H', 'i', '\n', 0, '\n'});
        Path target = write("tgt.txt", "Hallo.\n");
        assertThat(commandLine.run("align", empty.toString(), target.toString(), "--presegmented")).isEqualTo(2);
        assertThat(commandLine.run("align", binary.toString(), target.toString(), "--presegmented")).isEqualTo(2);
        assertThat(commandLine.run("align", nul.toString(), target.toString(), "--presegmented")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.startsWith("usage:")))
                .containsExactly(
                "parallax align: " + empty + " is empty",
                "parallax align: " + binary + " is not UTF-8 text (binary file?)",
                "parallax align: " + nul + " contains NUL bytes: a binary file, not text");
    }

    @Test
    void shouldRefuseAnUnknownParagraphChoiceAndAMissingSegmentFile() throws IOException {
        Path source = write("src.txt", "Hello.\n");
        Path target = write("tgt.txt", "Hallo.\n");
        assertThat(commandLine.run("align", source.toString(), target.toString(), "--paragraphs", "maybe")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown --paragraphs maybe (first or ignore)");
        assertThat(commandLine.run("align", source.toString(), target.toString(), "--write-segments", "a.txt")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--write-segments needs a value");
    }

    @Test
    void shouldSayWhenItCannotWriteTheSegments() throws IOException {
        Path source = write("src.txt", "Hello.\n");
        Path target = write("tgt.txt", "Hallo.\n");
        Path nowhere = folder.resolve("no-such-folder").resolve("sys_src.txt");
        assertThat(commandLine.run("align", source.toString(), target.toString(), "--write-segments",
                nowhere.toString(), folder.resolve("sys_tgt.txt").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("parallax align: cannot write " + nowhere + ": no such folder\n");
    }

    @Test
    void shouldRefuseAMissingFile() throws IOException {
        Path target = write("tgt.txt", "Hallo.\n");
        assertThat(commandLine.run("align", folder.resolve("nope.txt").toString(), target.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("parallax align: no such file: ");
    }

    @Test
    void shouldRefuseAnEmptyFile() throws IOException {
        Path source = write("src.txt", "\n  \n");
        Path target = write("tgt.txt", "Hallo.\n");
        assertThat(commandLine.run("align", source.toString(), target.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("src.txt is empty");
    }

    @Test
    void shouldRefuseABinaryFile() throws IOException {
        Path source = folder.resolve("src.bin");
        Files.write(source, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, (byte) 0xfe});
        Path target = write("tgt.txt", "Hallo.\n");
        assertThat(commandLine.run("align", source.toString(), target.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("src.bin is not UTF-8 text");
    }

    @Test
    void shouldRefuseTextsOfVeryDifferentLength() throws IOException {
        Path source = write("src.txt", "Hello.\n");
        Path target = write("tgt.txt", "Hallo. ".repeat(100) + "\n");
        assertThat(commandLine.run("align", source.toString(), target.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("times longer than the other");
    }

    @Test
    void shouldRefuseAnUnknownFormat() throws IOException {
        Path source = write("src.txt", "Hello.\n");
        Path target = write("tgt.txt", "Hallo.\n");
        assertThat(commandLine.run("align", source.toString(), target.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown format xml");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }
}
