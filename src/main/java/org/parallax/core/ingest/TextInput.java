package org.parallax.core.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns uploaded bytes into text, or refuses them with a message a user can act on.
 * Accepted: UTF-8 (a byte-order mark is dropped), at most {@link #MAX_BYTES}, named {@code .txt} or {@code .md}.
 * The result has {@code \n} line endings and is in Unicode normalization form NFC.
 */
public final class TextInput {

    /** Largest accepted upload: 10 MB, far above any single translated document. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Above this share of control characters the bytes are treated as binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextInput() {
    }

    /**
     * Decodes {@code bytes} as UTF-8 text.
     *
     * @param fileName the uploaded file's name, or null for pasted text (then the extension is not checked)
     * @throws UnreadableTextException if the input is empty, too large, binary, not UTF-8 or wrongly named
     */
    public static String decode(byte[] bytes, String fileName) {
        String label = fileName == null ? "The text" : "\"" + fileName + "\"";
        if (fileName != null) {
            checkExtension(fileName);
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableTextException(label + " is too large: " + bytes.length + " bytes, the limit is "
                    + MAX_BYTES / (1024 * 1024) + " MB.");
        }
        checkNotBinary(bytes, label);
        String text = utf8(bytes, label);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UnreadableTextException(label + " is empty: there is no text to import.");
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static void checkExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".txt") && !lower.endsWith(".md")) {
            throw new UnreadableTextException("\"" + fileName + "\" is not a text file: only .txt and .md files can be "
                    + "imported (save it as plain text, UTF-8, first).");
        }
    }

    private static void checkNotBinary(byte[] bytes, String label) {
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new UnreadableTextException(label + " is binary, not text (it contains a NUL byte at offset "
                        + i + ").");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > 8 && controls > bytes.length * MAX_CONTROL_SHARE) {
            throw new UnreadableTextException(label + " looks binary, not text (" + controls
                    + " control characters).");
        }
    }

    private static String utf8(byte[] bytes, String label) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            // The decoder stops at the first bad sequence, so the buffer position names its offset.
            throw new UnreadableTextException(label + " is not valid UTF-8 (bad byte 0x"
                    + String.format("%02X", bytes[Math.min(in.position(), bytes.length - 1)] & 0xFF)
                    + " at byte offset " + in.position() + "); re-save it as UTF-8 and import it again.");
        }
    }
}
