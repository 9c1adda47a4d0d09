package org.parallax.core.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.core.repair.RepairNote.Kind;
import org.parallax.core.text.SharedTexts;

/** Single repairs, each applied to real text that was damaged in one known way. */
class RepairStepsTest {

    private final TextRepairer repairer = new TextRepairer();

    private static List<String> blocks(String text) {
        return Arrays.stream(text.split("\n\n")).map(String::strip).filter(b -> !b.isEmpty()).toList();
    }

    @Test
    void shouldDropPageNumberAndJoinParagraphCutByThePageBreak() {
        String udhr = SharedTexts.read("texts/udhr/eng.txt");
        String cut = udhr.replace("Whereas it is essential, if man is not to be compelled to have recourse, as a last "
                + "resort,", "Whereas it is essential, if man is not to be compelled to have\n\n- 2 -\n\nrecourse, "
                + "as a last resort,");

        RepairedText repaired = repairer.repair(cut);

        assertThat(repaired.paragraphs()).isEqualTo(blocks(udhr));
        assertThat(repaired.notes()).containsExactly(
                new RepairNote(Kind.REMOVED_PAGE_NUMBER, RepairNote.WHOLE_DOCUMENT, "line 11: \"- 2 -\""),
                new RepairNote(Kind.JOINED_PAGE_BREAK, 4,
                        "\"…is not to be compelled to have\" + \"recourse, as a last resort, to…\""));
    }

    @Test
    void shouldJoinAWordHyphenatedAcrossAPageBreak() {
        String udhr = SharedTexts.read("texts/udhr/eng.txt");
        String cut = udhr.replace("the equal and inalienable rights", "the equal and inalien-\n\nable rights");

        RepairedText repaired = repairer.repair(cut);

        assertThat(repaired.paragraphs()).isEqualTo(blocks(udhr));
        assertThat(repaired.notes()).extracting(RepairNote::kind).containsExactly(Kind.JOINED_PAGE_BREAK,
                Kind.DEHYPHENATED);
    }

    @Test
    void shouldDehyphenateBrokenWordsButKeepCompoundsWhenReflowing() {
        String seed = SharedTexts.read(SharedTexts.SEED_HARD_WRAPPED);
        String hyphenated = seed
                .replace("struggle and a period of prolonged \n\ncoexistence. And",
                        "struggle and a period of prolonged coex-\n\nistence. And")
                .replace("by our theoretical Marxist-Leninist \n\nprinciples,", "by our theoretical Marxist-\n\n"
                        + "Leninist principles,");
        assertThat(hyphenated).contains("coex-\n\nistence", "Marxist-\n\nLeninist");

        RepairedText repaired = repairer.repair(hyphenated);

        assertThat(repaired.paragraphs()).isEqualTo(repairer.repair(seed).paragraphs());
        assertThat(repaired.notes()).filteredOn(note -> note.kind() == Kind.DEHYPHENATED)
                .containsExactly(new RepairNote(Kind.DEHYPHENATED, 36, "line 528: \"…longed coex-istence.\""));
    }

    @Test
    void shouldStripMarkdownHeadingAndEmphasisMarkers() {
        String markdown = "# Universal Declaration of Human Rights\n\n**Article 1**\n\nAll human beings are born free "
                + "and equal in **dignity and rights**.\n";

        RepairedText repaired = repairer.repair(markdown);

        assertThat(repaired.paragraphs()).containsExactly("Universal Declaration of Human Rights", "Article 1",
                "All human beings are born free and equal in dignity and rights.");
        assertThat(repaired.notes()).extracting(RepairNote::kind, RepairNote::paragraph).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.REMOVED_MARKUP, 0),
                org.assertj.core.groups.Tuple.tuple(Kind.REMOVED_MARKUP, 1),
                org.assertj.core.groups.Tuple.tuple(Kind.REMOVED_MARKUP, 2));
    }

    @Test
    void shouldSpellOutLigaturesAndDropSoftHyphens() {
        String udhr = SharedTexts.read("texts/udhr/eng.txt");
        String damaged = udhr.replace("fundamental human rights", "fundamental hu\u00ADman rights")
                .replace("reaffirmed their faith", "reaﬃrmed their faith");

        RepairedText repaired = repairer.repair(damaged);

        assertThat(repaired.paragraphs()).isEqualTo(blocks(udhr));
        assertThat(repaired.notes()).containsExactly(new RepairNote(Kind.NORMALISED_CHARACTERS, 6,
                "1 ligatures spelled out, 1 soft hyphens removed"));
    }

    @Test
    void shouldRecognisePageNumbersButNotYearsOrCodes() {
        assertThat(List.of("12", "- 12 -", "— 7 —", "Page 3", "page 3 of 40", "3 / 40", "p. 7"))
                .allMatch(PageNumbers::isPageNumber);
        assertThat(List.of("1962", "12-yav, II", "Article 12", "1.", "12 October")).noneMatch(PageNumbers::isPageNumber);
    }

    @Test
    void shouldNotJoinParagraphsThatEndOpenByDesign() {
        assertThat(PageBreakJoiner.cutByPageBreak("verkündet die Generalversammlung",
                "diese Allgemeine Erklärung der Menschenrechte als das von allen Völkern")).isFalse();
        String russian = "Принимая во внимание, что признание достоинства, присущего всем членам человеческой семьи, "
                + "и равных и неотъемлемых прав их является основой свободы, справедливости и всеобщего мира; и";
        assertThat(PageBreakJoiner.cutByPageBreak(russian, "принимая во внимание, что пренебрежение")).isFalse();
    }
}
