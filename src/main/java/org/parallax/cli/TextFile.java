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
        byte[] bytes = bytesOf(path);
        // the lenient decoder goes straight to a compact string (no UTF-16 buffer); it marks malformed input with
        // U+FFFD, and only then (or when the text has a genuine U+FFFD) the strict decoder must tell the two apart
        String text = new String(bytes, StandardCharsets.UTF_8);
        requireText(path, bytes, text.indexOf('\uFFFD') >= 0, text.indexOf('\0') >= 0, text.isBlank());
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new TextFile(path, text);
    }

    /**
     * The file's lines, one segment each, with the checks of {@link #read}: line breaks are \n, \r\n or \r, as for
     * {@link String#lines()}, and a final line break does not add an empty segment. Each line is decoded on its own
     * (a UTF-8 line break byte is never part of a longer sequence): for a long file this takes about half the time
     * of decoding the whole text and splitting it, while the JIT has not compiled the JDK's decoding loops yet.
     */
    static List<String> readLines(Path path) {
        byte[] bytes = bytesOf(path);
        List<String> lines = new ArrayList<>();
        int start = startsWithByteOrderMark(bytes) ? 3 : 0;
        for (int k = start; k < bytes.length; k++) {
            if (bytes[k] == '\n' || bytes[k] == '\r') {
                lines.add(new String(bytes, start, k - start, StandardCharsets.UTF_8));
                if (bytes[k] == '\r' && k + 1 < bytes.length && bytes[k + 1] == '\n') {
                    k++;
                }
                start = k + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
        }
        boolean replaced = false;
        boolean nul = false;
        boolean blank = true;
        for (String line : lines) {
            replaced |= line.indexOf('\uFFFD') >= 0;
            nul |= line.indexOf('\0') >= 0;
            blank &= line.isBlank();
        }
        requireText(path, bytes, replaced, nul, blank);
        return lines;
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static byte[] bytesOf(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses what is not text: {@code hasReplacement} (U+FFFD after lenient decoding) sends the bytes to the strict
     * decoder, which tells malformed UTF-8 from a genuine U+FFFD.
     */
    private static void requireText(Path path, byte[] bytes, boolean hasReplacement, boolean hasNul, boolean isBlank) {
        if (hasReplacement) {
            requireUtf8(path, bytes);
        }
        if (hasNul) {
            throw new UsageException(path + " contains NUL bytes: a binary file, not text");
        }
        if (isBlank) {
            throw new UsageException(path + " is empty");
        }
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

}
