package org.parallax.core.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.core.text.SharedTexts;

/** Clean texts, one paragraph per block, must come out of the repair exactly as they went in. */
class CleanTextPassThroughTest {

    @ParameterizedTest
    @ValueSource(strings = {"udhr/eng.txt", "udhr/rus.txt", "udhr/deu.txt", "udhr/fra.txt", "udhr/spa.txt",
            "udhr/ukr.txt", "udhr/pol.txt", "udhr/jpn.txt", "udhr/cmn_hans.txt", "bible/jonah.kjv.txt",
            "bible/jonah.web-derived.txt", "bible/jonah.rv1909.txt", "bible/mark.kjv.txt",
            "bible/mark.web-derived.txt", "bible/mark.rv1909.txt"})
    void shouldLeaveCleanTextUnchanged(String file) {
        String raw = SharedTexts.read("texts/" + file);
        List<String> blocks = Arrays.stream(raw.split("\n\n")).map(String::strip).filter(b -> !b.isEmpty()).toList();

        RepairedText repaired = new TextRepairer().repair(raw);

        assertThat(repaired.paragraphs()).isEqualTo(blocks);
        assertThat(repaired.notes()).isEmpty();
        assertThat(repaired.metadata()).isEqualTo(DocumentMetadata.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"udhr/eng.txt", "udhr/rus.txt", "udhr/jpn.txt", "bible/jonah.kjv.txt",
            "bible/mark.rv1909.txt"})
    void shouldLeaveCleanTextWithOneParagraphPerLineAndWindowsLineEndsUnchanged(String file) {
        String raw = SharedTexts.read("texts/" + file);
        List<String> blocks = Arrays.stream(raw.split("\n\n")).map(String::strip).filter(b -> !b.isEmpty()).toList();

        RepairedText repaired = new TextRepairer().repair(String.join("\r\n", blocks));

        assertThat(repaired.paragraphs()).isEqualTo(blocks);
        assertThat(repaired.notes()).isEmpty();
    }
}
