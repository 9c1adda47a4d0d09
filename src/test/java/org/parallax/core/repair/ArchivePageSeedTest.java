package org.parallax.core.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.core.repair.RepairNote.Kind;
import org.parallax.core.text.SharedTexts;

/** Seed 000: a Wilson Center archive page in markdown, with four paragraphs cut by page breaks and a "□□". */
class ArchivePageSeedTest {

    private static String raw;
    private static RepairedText repaired;

    @BeforeAll
    static void repair() {
        raw = SharedTexts.read(SharedTexts.SEED_ARCHIVE_PAGE);
        repaired = new TextRepairer().repair(raw);
    }

    @Test
    void shouldJoinTheFourParagraphsCutByPageBreaks() {
        List<String> paragraphs = repaired.paragraphs();
        assertThat(paragraphs.get(23)).endsWith("this is our assessment of the position of our Cuban friends on the "
                + "issue of American flights over Cuba.");
        assertThat(paragraphs.get(30)).isEqualTo("We believe, as we have already informed you, that we can give an "
                + "oral assurance to President Kennedy that we are going to withdraw the IL-28s from Cuba under the "
                + "condition that the President promises to lift the quarantine immediately, which he expressed "
                + "willingness to do.");
        assertThat(paragraphs.get(36)).contains("Frankly speaking, we have deepest regrets that at the time when on our "
                + "part we are making all efforts").endsWith("do not exhibit any desire to cooperate with us in this cause.");
        assertThat(paragraphs.get(42)).endsWith("in connection with the Cuban issue and would not insist on that.");
        assertThat(notes(Kind.JOINED_PAGE_BREAK)).extracting(RepairNote::paragraph).containsExactly(23, 30, 36, 42);
        assertThat(paragraphs).noneMatch(p -> Character.isLowerCase(p.charAt(0)));
    }

    @Test
    void shouldKeepEveryOtherParagraphAsItWas() {
        List<String> paragraphs = repaired.paragraphs();
        assertThat(paragraphs).hasSize(48);
        assertThat(paragraphs.subList(1, 10)).containsExactly(
                "To approve the text of instructions to comrade A. I. Mikoyan (attachment - special folder).",
                "CC Secretary", "To paragraph 1 of protocol # 66", "Extraordinary", "Special folder", "Havana",
                "Soviet Ambassador", "To comrade A. I. Mikoyan",
                "We are sending you the confidential oral reply from [John F.] Kennedy to our oral confidential message.");
        assertThat(paragraphs.subList(46, 48)).containsExactly("N. Khrushchev", "12-yav, II");
    }

    @Test
    void shouldRemoveTheStraySquares() {
        assertThat(repaired.paragraphs().get(0)).isEqualTo("About Instructions to Comrade A. I. Mikoyan");
        assertThat(repaired.paragraphs()).noneMatch(p -> p.contains("□"));
        assertThat(notes(Kind.REMOVED_SYMBOLS)).containsExactly(new RepairNote(Kind.REMOVED_SYMBOLS, 0, "removed \"□□\""));
    }

    @Test
    void shouldTurnTheHeaderBlockIntoMetadata() {
        assertThat(repaired.metadata()).isEqualTo(new DocumentMetadata(
                "Excerpt from Protocol No. 66 of Session of CC CPSU Presidium, 'Instructions to Comrade A. I. Mikoyan'",
                "November 16, 1962",
                "\"Excerpt from Protocol No. 66 of Session of CC CPSU Presidium, 'Instructions to Comrade A. I. "
                        + "Mikoyan'\", November 16, 1962, Wilson Center Digital Archive, Personal Archive of Dr. Sergo "
                        + "A. Mikoyan. Translated by Svetlana Savranskaya",
                "Khrushchev explains his agreement with Kennedy to Ambassador Mikoyan, in which the Soviet Union "
                        + "promised to remove weapons from Cuba on the condition that the US will lift the quarantine "
                        + "and prevent further invasion or attacks on Cuba.",
                "ru",
                "Svetlana Savranskaya",
                "https://wilson-center-digital-archive.dvincitest.com/document/117335"));
        assertThat(repaired.metadata().localDate()).contains(java.time.LocalDate.of(1962, 11, 16));
        assertThat(repaired.paragraphs()).noneMatch(p -> p.contains("**") || p.contains("Citation")
                || p.contains("Leon Levy") || p.equals("Translation - English") || p.equals("Russian"));
        assertThat(notes(Kind.EXTRACTED_METADATA)).extracting(RepairNote::detail).contains(
                "credits (kept in this note only): This document was made possible with support from Leon Levy Foundation",
                "contents (kept in this note only): Translation - English");
    }

    @Test
    void shouldLoseNoTextOfTheBody() {
        String body = raw.substring(raw.indexOf("About Instructions"));
        assertThat(nonSpace(String.join(" ", repaired.paragraphs()))).isEqualTo(nonSpace(body).replace("□", ""));
    }

    static String nonSpace(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static List<RepairNote> notes(Kind kind) {
        return repaired.notes().stream().filter(note -> note.kind() == kind).toList();
    }
}
