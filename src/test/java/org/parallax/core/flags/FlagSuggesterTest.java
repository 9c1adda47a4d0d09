package org.parallax.core.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlagSuggesterTest {

    private final FlagSuggester suggester = new FlagSuggester();

    /**
     * One expected flag: {@code context} is text around it as it reads in the joined paragraph, with the flagged
     * span between braces, so the assertion pins the exact offsets whatever the paragraph splitting.
     */
    private record Expected(String context, FlagCategory category, String sourceTerm, String transliteration) {

        static Expected insertion(String context) {
            return new Expected(context, FlagCategory.EDITORIAL_INSERTION, null, null);
        }

        String text() {
            return context.substring(context.indexOf('{') + 1, context.indexOf('}'));
        }
    }

    /** Seed 000 (Protocol No. 66, instructions to Mikoyan): seven insertions, nothing else. */
    private static final List<Expected> SEED_000 = List.of(
            Expected.insertion("reply from [{John F.}] Kennedy to"),
            Expected.insertion("the overflights of Cuba and [{getting}] confirmation"),
            Expected.insertion("But they rejected [{those proposals}]. We"),
            Expected.insertion("Civilian planes also fly [{over Cuba}]. We"),
            Expected.insertion("there are our people [{in Cuba}] servicing"),
            Expected.insertion("long-term target [{in mind}] - to"),
            Expected.insertion("rationally use [{the bargaining chips}] which"));

    /** Seed 002 (telegram of 11 November 1962): ten bracketed interventions plus the —ed. note. */
    private static final List<Expected> SEED_002 = List.of(
            Expected.insertion("we could [{choose to}] not agree"),
            Expected.insertion("the fire of his [{domestic}] opponents’"),
            Expected.insertion("that these [{two alternatives}] are not"),
            Expected.insertion("this is for you [{personally}]; this is"),
            new Expected("you cannot {prove} [dokazat’] it completely", FlagCategory.SOURCE_TERM_KEPT,
                    "доказать", "dokazat’"),
            new Expected("how they see us [{i.e., as caring only about Soviet interests —ed.}]. It was",
                    FlagCategory.EDITORIAL_NOTE, null, null),
            Expected.insertion("as they have [{previously}] dealt"),
            new Expected("it was called “{Named after the Comintern}” [Imeni Kominterna].",
                    FlagCategory.SOURCE_TERM_KEPT, "Имени Коминтерна", "Imeni Kominterna"),
            Expected.insertion("we achieved [{our}] goals"),
            Expected.insertion("observers would be [{stationed}] in Cuba"),
            Expected.insertion("an explanation [{in response}] to his"));

    @Test
    void shouldFindEveryInterventionOfSeed000WithExactSpans() {
        assertFlags(SeedParagraphs.of(SeedParagraphs.seed("000_")), SEED_000);
    }

    @Test
    void shouldFindEveryInterventionOfSeed002WithExactSpans() {
        assertFlags(SeedParagraphs.of(SeedParagraphs.seed("002_")), SEED_002);
    }

    @Test
    void shouldIgnoreAnArchiveCitationInBrackets() {
        String citation = "[Source: From the personal archive of Dr. Sergo A. Mikoyan. Translated by Svetlana Savranskaya.]";

        assertEquals(List.of(), suggester.suggest(List.of("N. Khrushchev", citation)));
    }

    @Test
    void shouldReadTheEditorsNoteAcrossALineBreakAndExtraSpaces() {
        String raw = "this is how they see us [i.e., as caring only about \n\nSoviet   interests —ed.]. It was painful";

        List<SuggestedFlag> flags = suggester.suggest(List.of(raw));

        assertEquals(1, flags.size());
        SuggestedFlag note = flags.getFirst();
        assertEquals(FlagCategory.EDITORIAL_NOTE, note.category());
        assertEquals("i.e., as caring only about \n\nSoviet   interests —ed.", note.text());
        assertEquals(raw.indexOf("i.e."), note.start());
        assertEquals("i.e., as caring only about Soviet interests", note.comment());
    }

    /** "kolkhoz" is in the English word list as a loanword, so without a soft sign it reads as English. */
    @Test
    void shouldTellTransliterationFromEnglishWithoutSeedWords() {
        List<SuggestedFlag> flags = suggester.suggest(List.of(
                "the policy of openness [glasnost’] began",
                "a collective farm [kolkhoz] was set up",
                "he [John] came, the war [voĭna] ended, and we [sons’] left."));

        assertEquals(List.of("openness", "kolkhoz", "John", "war", "sons’"), flags.stream().map(SuggestedFlag::text).toList());
        assertEquals(List.of(FlagCategory.SOURCE_TERM_KEPT, FlagCategory.EDITORIAL_INSERTION,
                        FlagCategory.EDITORIAL_INSERTION, FlagCategory.SOURCE_TERM_KEPT, FlagCategory.EDITORIAL_INSERTION),
                flags.stream().map(SuggestedFlag::category).toList());
        assertEquals("гласность", flags.get(0).sourceTerm());
        assertEquals("война", flags.get(3).sourceTerm());
    }

    @Test
    void shouldTreatACapitalisedTermAsANameOnlyAfterACapitalisedOrQuotedRendering() {
        List<SuggestedFlag> flags = suggester.suggest(List.of(
                "a letter from [Robert] Kennedy arrived",
                "the radio station “named after the Comintern” [Imeni Kominterna] was on the air",
                "he worked at the Plant Named after the Comintern [Imeni Kominterna] in Kharkov"));

        assertEquals(List.of("Robert", "named after the Comintern", "Plant Named after the Comintern"),
                flags.stream().map(SuggestedFlag::text).toList());
        assertEquals(List.of(FlagCategory.EDITORIAL_INSERTION, FlagCategory.SOURCE_TERM_KEPT, FlagCategory.SOURCE_TERM_KEPT),
                flags.stream().map(SuggestedFlag::category).toList());
    }

    @Test
    void shouldFlagAnEllipsisAsOmissionAndSkipNumbersAndWholeParagraphBrackets() {
        List<SuggestedFlag> flags = suggester.suggest(List.of(
                "We marched on [. . .] and won [12].",
                "[Translated from the Russian by the editors]"));

        assertEquals(1, flags.size());
        assertEquals(FlagCategory.OMISSION, flags.getFirst().category());
        assertEquals(". . .", flags.getFirst().text());
    }

    private void assertFlags(List<String> paragraphs, List<Expected> expected) {
        List<SuggestedFlag> flags = suggester.suggest(paragraphs);

        assertEquals(expected.stream().map(Expected::text).toList(), flags.stream().map(SuggestedFlag::text).toList());
        for (int i = 0; i < expected.size(); i++) {
            Expected want = expected.get(i);
            SuggestedFlag got = flags.get(i);
            String paragraph = paragraphs.get(got.paragraph());
            String plainContext = want.context().replace("{", "").replace("}", "");
            int at = paragraph.indexOf(plainContext);
            assertTrue(at >= 0, "context not in paragraph " + got.paragraph() + ": " + plainContext);
            assertEquals(at + want.context().indexOf('{'), got.start(), want.text());
            assertEquals(got.start() + want.text().length(), got.end(), want.text());
            assertEquals(want.text(), paragraph.substring(got.start(), got.end()));
            assertEquals(want.category(), got.category(), want.text());
            assertEquals(want.sourceTerm(), got.sourceTerm(), want.text());
            assertEquals(want.transliteration(), got.transliteration(), want.text());
        }
    }
}
