package org.parallax.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.parallax.core.ingest.TextInput;
import org.parallax.core.ingest.UnreadableTextException;

/** Reads a text file named on the command line with the same checks as an upload, failing with a clear message. */
final class InputFiles {

    private InputFiles() {
    }

    static String readText(Path file) {
        if (Files.isDirectory(file)) {
            throw new UncheckedIOException(new IOException(file + " is a folder, not a file"));
        }
        try {
            return TextInput.decode(Files.readAllBytes(file), file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(new IOException("no such file: " + file));
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read " + file + ": " + e.getMessage(), e));
        } catch (UnreadableTextException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }
}
