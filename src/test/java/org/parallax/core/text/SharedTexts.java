package org.parallax.core.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real texts in the shared folder ({@code parallax.shared}, set by surefire; "../shared" otherwise). */
public final class SharedTexts {

    public static final String SEED_ARCHIVE_PAGE = "seeds/000_c0934da0baf2583e.txt";
    public static final String SEED_HARD_WRAPPED = "seeds/002_2829070edb22a6fa.txt";

    private SharedTexts() {
    }

    public static Path path(String relative) {
        return Path.of(System.getProperty("parallax.shared", "../shared")).resolve(relative);
    }

    public static String read(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
