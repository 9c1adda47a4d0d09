package org.parallax.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A UTF-8 text file read for alignment; refuses missing, empty and binary files with a clear message. */
record TextFile(Path path, String text) {

    static TextFile read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        // the lenient decoder goes straight to a compact string (no UTF-16 buffer); it marks malformed input with
        // U+FFFD, and only then (or when the text has a genuine U+FFFD) the strict decoder must tell the two apart
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            requireUtf8(path, bytes);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UsageException(path + " contains NUL bytes: a binary file, not text");
        }
        if (text.isBlank()) {
            throw new UsageException(path + " is empty");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new TextFile(path, text);
    }

    private static void requireUtf8(Path path, byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new UsageException(path + " is not UTF-8 text (binary file?)");
        }
    }

    int length() {
        return text.length();
    }

    /** One segment per line (line breaks \n or \r\n); a final line break does not add an empty segment. */
    List<String> lines() {
        List<String> lines = new ArrayList<>(text.lines().toList());
        return lines;
    }
}
