package org.parallax.core.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryReaderTest {

    @Test
    void shouldReadTabSeparatedPairsSkippingBlankAndCommentLines() {
        List<GlossaryEntry> entries = GlossaryReader.read(utf8("# my terms\nprove\tдоказать\r\n\nhuman rights\tправа человека\n"));

        assertThat(entries).containsExactly(new GlossaryEntry("prove", "доказать"),
                new GlossaryEntry("human rights", "права человека"));
    }

    @Test
    void shouldReadTheFreeDictListTheCommandLineReads() throws Exception {
        List<GlossaryEntry> entries = GlossaryReader.read(Files.readAllBytes(EvalSets.shared().resolve("eval/dict/eng-rus.tsv")));

        assertThat(entries).hasSize(2124);
        assertThat(entries.get(3)).isEqualTo(new GlossaryEntry("abattoir", "бойня"));
    }

    @Test
    void shouldNameTheLineWithoutATab() {
        assertThatThrownBy(() -> GlossaryReader.read(utf8("prove\tдоказать\nprove, доказать\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Glossary line 2: no tab; every line must be source<TAB>translation.");
    }

    @Test
    void shouldRefuseAnEmptySide() {
        assertThatThrownBy(() -> GlossaryReader.read(utf8("prove\t \n")))
                .hasMessage("Glossary line 1: the translation is empty.");
    }

    @Test
    void shouldRefuseBinaryAndEmptyFiles() {
        assertThatThrownBy(() -> GlossaryReader.read(new byte[] {'a', '\t', 0, 'b'}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("The glossary is binary");
        assertThatThrownBy(() -> GlossaryReader.read(utf8("# only a comment\n")))
                .hasMessage("The glossary has no entries (expected source<TAB>translation lines).");
    }

    @Test
    void shouldRefuseMoreThanTheLimitOfEntries() {
        byte[] tooMany = "a\tb\n".repeat(GlossaryReader.MAX_ENTRIES + 1).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> GlossaryReader.read(tooMany))
                .hasMessage("The glossary has more than 500000 entries.");
    }

    @Test
    void shouldUseSingleWordEntriesOnlyInTheLexicon() {
        Lexicon lexicon = DictionaryLexicon.fromEntries(List.of(new GlossaryEntry("Prove", "доказать"),
                new GlossaryEntry("human rights", "права человека")));

        assertThat(lexicon.translationsOf("prove")).containsExactly(WordForms.normalize("доказать"));
        assertThat(lexicon.translationsOf("human")).isEmpty();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
