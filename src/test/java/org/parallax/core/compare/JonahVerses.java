package org.parallax.core.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sentences of Jonah as the shared corpus has them, found by their opening words. */
final class JonahVerses {

    private JonahVerses() {
    }

    static String kjv(String opening) {
        return sentence("kjv", opening);
    }

    static String web(String opening) {
        return sentence("web-derived", opening);
    }

    /** From {@code opening} to the next full stop. */
    private static String sentence(String version, String opening) {
        Path file = Path.of(System.getProperty("parallax.shared", "../shared"), "texts", "bible",
                "jonah." + version + ".txt");
        try {
            String text = Files.readString(file);
            int start = text.indexOf(opening);
            if (start < 0) {
                throw new IllegalArgumentException("not in " + file + ": " + opening);
            }
            return text.substring(start, text.indexOf('.', start) + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
