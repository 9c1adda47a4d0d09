package org.parallax.core.flags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only stand-in for the PDF repair: reads a seed and re-joins its hard-wrapped lines into paragraphs.
 * A paragraph ends at a line that ends a sentence and is clearly shorter than the page width (the longest
 * line); every other line, including the last one of a page, runs on into the next. Blank lines are ignored.
 */
final class SeedParagraphs {

    private static final double SHORT_LINE = 0.85;

    private SeedParagraphs() {
    }

    static Path seed(String prefix) {
        Path seeds = Path.of(System.getProperty("parallax.shared", "../shared"), "seeds");
        try (var files = Files.list(seeds)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + "* in " + seeds));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> of(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            current.append(current.isEmpty() ? "" : " ").append(line);
            if (line.matches(".*[.!?:”)\\]]") && line.length() < SHORT_LINE * width) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }
}
