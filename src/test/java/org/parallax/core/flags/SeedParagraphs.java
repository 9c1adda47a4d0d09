package org.parallax.core.flags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parallax.core.repair.TextRepairer;

/** The seeds as the importer repairs them: the paragraphs the flag suggester sees in the app. */
final class SeedParagraphs {

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
        try {
            return new TextRepairer().repair(Files.readString(file, StandardCharsets.UTF_8)).paragraphs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
