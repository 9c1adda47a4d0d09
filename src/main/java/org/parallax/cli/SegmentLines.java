package org.parallax.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes segments one per line, the input format of {@code --presegmented} and of shared/eval's raw mode
 * ({@code run_eval.py --raw}, {@code project_to_gold.py}, which locate each line in the raw text ignoring
 * whitespace). Every run of whitespace inside a segment, line breaks included, becomes one space, so a segment
 * never spans two lines; nothing else is changed. The segments of raw input are those of the repaired text: on clean
 * text the repair changes nothing, but where it undoes hyphenation or drops stray symbols of a PDF extraction a
 * segment is no longer a substring of the file (page numbers it drops are harmless: they are simply not covered).
 */
final class SegmentLines {

    private SegmentLines() {
    }

    static void write(List<String> segments, Path file) {
        StringBuilder text = new StringBuilder();
        for (String segment : segments) {
            text.append(oneLine(segment)).append('\n');
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            String reason = e instanceof NoSuchFileException ? "no such folder"
                    : e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
            throw new UncheckedIOException(new IOException("cannot write " + file + ": " + reason, e));
        }
    }

    /** The segment with whitespace runs (as Python's {@code str.isspace} sees them, too) collapsed to one space. */
    static String oneLine(String segment) {
        StringBuilder line = new StringBuilder(segment.length());
        boolean space = false;
        for (int k = 0; k < segment.length(); k++) {
            char c = segment.charAt(k);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && !line.isEmpty()) {
                    line.append(' ');
                }
                space = false;
                line.append(c);
            }
        }
        return line.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
