package org.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.parallax.core.text.SharedTexts;

class TextInputTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldDecodeRealUtf8TextUnchanged() {
        String russian = SharedTexts.read("texts/udhr/rus.txt");
        assertThat(TextInput.decode(utf8(russian), "rus.txt")).isEqualTo(russian);
    }

    @Test
    void shouldDropByteOrderMarkAndNormaliseLineEndings() {
        byte[] bytes = utf8("\uFEFFFirst line\r\nsecond line\rthird\n");
        assertThat(TextInput.decode(bytes, "notes.md")).isEqualTo("First line\nsecond line\nthird\n");
    }

    @Test
    void shouldComposeToNfc() {
        String decomposed = "Jose\u0301 y Ferna\u0301ndez";
        assertThat(TextInput.decode(utf8(decomposed), null)).isEqualTo("José y Fernández");
    }

    @Test
    void shouldRefuseEmptyAndBlankText() {
        assertThatThrownBy(() -> TextInput.decode(new byte[0], "empty.txt"))
                .isInstanceOf(UnreadableTextException.class).hasMessage("\"empty.txt\" is empty: there is no text to import.");
        assertThatThrownBy(() -> TextInput.decode(utf8(" \n\t\n"), null))
                .isInstanceOf(UnreadableTextException.class).hasMessage("The text is empty: there is no text to import.");
    }

    @Test
    void shouldRefuseBinaryWithNulByte() {
        byte[] pdfLike = {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 1, 2};
        assertThatThrownBy(() -> TextInput.decode(pdfLike, "scan.txt"))
                .isInstanceOf(UnreadableTextException.class)
                .hasMessage("\"scan.txt\" is binary, not text (it contains a NUL byte at offset 9).");
    }

    @Test
    void shouldRefuseBinaryFullOfControlCharacters() {
        byte[] bytes = new byte[200];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 0; i < 20; i++) {
            bytes[i * 10] = 0x07;
        }
        assertThatThrownBy(() -> TextInput.decode(bytes, null))
                .isInstanceOf(UnreadableTextException.class)
                .hasMessage("The text looks binary, not text (20 control characters).");
    }

    @Test
    void shouldRefuseLatin1AndNameTheByteOffset() {
        byte[] latin1 = "Déclaration".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextInput.decode(latin1, "udhr-fra.txt"))
                .isInstanceOf(UnreadableTextException.class)
                .hasMessage("\"udhr-fra.txt\" is not valid UTF-8 (bad byte 0xE9 at byte offset 1); re-save it as UTF-8 "
                        + "and import it again.");
    }

    @Test
    void shouldRefuseTextOverTheSizeLimit() {
        byte[] big = new byte[TextInput.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> TextInput.decode(big, "big.txt"))
                .isInstanceOf(UnreadableTextException.class)
                .hasMessage("\"big.txt\" is too large: 10485761 bytes, the limit is 10 MB.");
    }

    @Test
    void shouldAcceptTextAtTheSizeLimit() {
        byte[] limit = new byte[TextInput.MAX_BYTES];
        Arrays.fill(limit, (byte) 'a');
        assertThat(TextInput.decode(limit, "big.txt")).hasSize(TextInput.MAX_BYTES);
    }

    @Test
    void shouldRefuseOtherExtensionsButAcceptTxtAndMdInAnyCase() {
        assertThatThrownBy(() -> TextInput.decode(utf8("text"), "letter.pdf"))
                .isInstanceOf(UnreadableTextException.class)
                .hasMessage("\"letter.pdf\" is not a text file: only .txt and .md files can be imported "
                        + "(save it as plain text, UTF-8, first).");
        assertThatThrownBy(() -> TextInput.decode(utf8("text"), "README"))
                .isInstanceOf(UnreadableTextException.class);
        assertThat(TextInput.decode(utf8("text"), "LETTER.TXT")).isEqualTo("text");
        assertThat(TextInput.decode(utf8("text"), "notes.md")).isEqualTo("text");
    }
}
