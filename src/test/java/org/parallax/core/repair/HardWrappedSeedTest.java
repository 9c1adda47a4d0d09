package org.parallax.core.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.core.repair.RepairNote.Kind;
import org.parallax.core.text.SharedTexts;

/**
 * Seed 002: a PDF extraction with a blank line after every printed line and three at page breaks. The expected
 * paragraph ends come from reading the text: each falls after a complete sentence on a line with room left.
 */
class HardWrappedSeedTest {

    private static String raw;
    private static RepairedText repaired;

    @BeforeAll
    static void repair() {
        raw = SharedTexts.read(SharedTexts.SEED_HARD_WRAPPED);
        repaired = new TextRepairer().repair(raw);
    }

    @Test
    void shouldReflowPrintedLinesIntoParagraphs() {
        List<String> paragraphs = repaired.paragraphs();
        assertThat(paragraphs).hasSize(68);
        assertThat(paragraphs.get(0)).isEqualTo("The following telegram from N. S. Khrushchev for Comrade A. I. "
                + "Mikoyan was received in the morning (Special No. 1013):");
        assertThat(paragraphs.get(1)).startsWith("In connection with the last letter from President Kennedy which "
                + "was sent to you, and the issues which he raised,").endsWith("since by now you are almost like a Cuban.");
        assertThat(paragraphs.get(2)).startsWith("We discussed these issues").endsWith("forty-one of them altogether.");
        assertThat(paragraphs.get(8)).isEqualTo("The Americans, of course, are aware of all this.");
        assertThat(paragraphs.get(13)).isEqualTo("It is true, some people can say that the appetite grows at mealtime "
                + "and that the United States would pose new demands and insist on their fulfillment. But we will "
                + "resist that in our negotiations.");
        assertThat(paragraphs.get(35)).isEqualTo(
                "Strictly speaking, this is how the question stands now in our understanding.");
        assertThat(paragraphs.get(53)).startsWith("We received information from our military comrades")
                .endsWith("tried several times to raise a toast “to Fidel and Stalin” at his table.");
        assertThat(paragraphs.get(66)).startsWith("This, of course, would be the best option for us.")
                .endsWith("This act warrants the withdrawal, the removal of the Il-28s from Cuba.");
        assertThat(paragraphs.get(67)).isEqualTo("N. Khrushchev");
        assertThat(notes(Kind.REFLOWED_LINES)).extracting(RepairNote::detail)
                .containsExactly("455 printed lines reflowed into 68 paragraphs (estimated column width 38.8 em)");
    }

    @Test
    void shouldEndEveryParagraphWithACompleteSentenceExceptTheSignature() {
        assertThat(repaired.paragraphs().subList(0, 67)).allMatch(p -> p.matches(".*[.?!:][”)]?"));
        assertThat(repaired.paragraphs()).allMatch(p -> Character.isUpperCase(p.charAt(0)));
    }

    @Test
    void shouldJoinAcrossPageBreaksAndAfterDashesWithoutSpaces() {
        assertThat(repaired.paragraphs().get(3)).contains("to mobilize 150,000 reservists, we would not have had these "
                + "planes and units supporting them;");
        assertThat(repaired.paragraphs().get(24)).contains("precisely for our camp and not only for Cuba—but for Cuba "
                + "primarily—the elimination of the tensions");
        assertThat(notes(Kind.JOINED_PAGE_BREAK)).hasSize(17).first().isEqualTo(new RepairNote(Kind.JOINED_PAGE_BREAK, 3,
                "joined across a page break at line 50: \"… reservists, we would not have\" + \"had these planes and "
                        + "units sup…\""));
        assertThat(repaired.paragraphs()).noneMatch(p -> p.contains("  ") || p.contains("— "));
    }

    @Test
    void shouldTurnTitleDateAndSourceNoteIntoMetadata() {
        assertThat(repaired.metadata()).isEqualTo(new DocumentMetadata(
                "Telegram from Khrushchev to Mikoyan",
                "November 11, 1962",
                "From the personal archive of Dr. Sergo A. Mikoyan, donated to the National Security Archive. "
                        + "Translation by Svetlana Savranskaya for the National Security Archive",
                null, null, "Svetlana Savranskaya", null));
        assertThat(repaired.metadata().localDate()).contains(java.time.LocalDate.of(1962, 11, 11));
        assertThat(repaired.paragraphs()).noneMatch(p -> p.contains("Telegram from") || p.contains("[Source"));
    }

    @Test
    void shouldLoseNoTextOfTheBody() {
        String body = raw.substring(raw.indexOf("The following telegram"), raw.indexOf("[Source:"));
        assertThat(ArchivePageSeedTest.nonSpace(String.join(" ", repaired.paragraphs())))
                .isEqualTo(ArchivePageSeedTest.nonSpace(body));
    }

    private static List<RepairNote> notes(Kind kind) {
        return repaired.notes().stream().filter(note -> note.kind() == kind).toList();
    }
}
