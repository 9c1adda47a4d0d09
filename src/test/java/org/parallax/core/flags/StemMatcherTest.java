package org.parallax.core.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.core.text.SharedTexts;
import org.parallax.core.text.Span;

class StemMatcherTest {

    private final StemMatcher russian = StemMatcher.forLanguage("ru");

    private String found(String sentence, String term) {
        return russian.find(sentence, term).map(span -> span.of(sentence)).orElse(null);
    }

    @Test
    void shouldMatchInflectedFormsWithTheSameSnowballStem() {
        assertEquals("доказали", found("Мы ничего им не доказали.", "доказать"));
        assertEquals("доказать", found("Этого нельзя доказать полностью.", "доказать"));
        assertEquals("доказал", found("Он доказал обратное.", "доказать"));
    }

    @Test
    void shouldMatchAMultiWordNameInAnotherCase() {
        String sentence = "Тогда у нас была одна радиостанция — имени Коминтерна.";
        assertEquals(Optional.of(new Span(sentence.indexOf("имени"), sentence.indexOf('.'))),
                russian.find(sentence, "Имени Коминтерна"));
        assertEquals("Коминтерну", found("Слава Коминтерну!", "Коминтерна"));
    }

    @Test
    void shouldNotMatchFormsThatChangeInsideTheStem() {
        // Snowball strips endings only: доказывать -> "доказыва", докажет -> "докажет", доказать -> "доказа"
        assertEquals(null, found("Нам приходится доказывать это снова.", "доказать"));
        assertEquals(null, found("Он докажет это.", "доказать"));
    }

    @Test
    void shouldMatchOnlyConsecutiveWordsAndIgnoreYo() {
        assertEquals(null, found("имени, как говорят, Коминтерна", "Имени Коминтерна"));
        assertEquals("ещё", found("Подумайте ещё раз.", "еще"));
    }

    @Test
    void shouldFindAGermanTermInflectedInTheUdhrArticleOne() {
        String article1 = udhr("deu", "Alle Menschen sind frei");
        StemMatcher german = StemMatcher.forLanguage("de");

        assertEquals(Optional.of(new Span(48, 55)), german.find(article1, "Recht"));
        assertEquals("Rechten", new Span(48, 55).of(article1));
        assertEquals(Optional.of(new Span(5, 13)), german.find(article1, "Mensch"));
    }

    @Test
    void shouldFindAFrenchIrregularPluralAndATermAcrossATypographicApostrophe() {
        String article1 = udhr("fra", "Tous les êtres humains naissent");
        String preamble = udhr("fra", "Considérant que la méconnaissance");
        StemMatcher french = StemMatcher.forLanguage("fr");

        assertEquals(Optional.of(new Span(42, 47)), french.find(article1, "égal"));
        assertEquals("égaux", new Span(42, 47).of(article1));
        assertEquals(Optional.of(new Span(32, 38)), french.find(article1, "libre"));
        // the term typed with ' finds "droits de l’homme" (U+2019): words are letters only
        assertEquals(Optional.of(new Span(51, 68)), french.find(preamble, "droit de l'homme"));
        assertEquals("droits de l’homme", new Span(51, 68).of(preamble));
    }

    @Test
    void shouldMatchWordsExactlyIgnoringCaseWhereOpenNlpHasNoStemmer() {
        String article1 = udhr("pol", "Wszyscy ludzie rodzą się");
        StemMatcher polish = StemMatcher.forLanguage("pl");

        assertFalse(polish.stems());
        assertEquals(Optional.empty(), polish.find(article1, "godność"));
        int praw = article1.indexOf("praw.");
        assertEquals(Optional.of(new Span(praw, praw + 4)), polish.find(article1, "Praw"));
        assertEquals(Optional.empty(), polish.find(article1, "pra"));
    }

    @Test
    void shouldReadTwoAndThreeLetterCodesWithRegionsAndCase() {
        for (String code : new String[] {"de", "deu", "de-CH", "DE_at", "fra", "pt-BR", "sv", "nl", "it", "es", "en",
                "nb", "tr", "el"}) {
            assertTrue(StemMatcher.forLanguage(code).stems(), code);
        }
        for (String code : Arrays.asList("uk", "pl", "pol", "ja", "cmn-Hans", "", null)) {
            assertFalse(StemMatcher.forLanguage(code).stems(), String.valueOf(code));
        }
        String german = udhr("deu", "Alle Menschen sind frei");
        assertEquals(Optional.of(new Span(48, 55)), StemMatcher.forLanguage("deu").find(german, "Recht"));
    }

    /** The paragraph of a UDHR translation that starts with the given words. */
    private static String udhr(String file, String start) {
        return Arrays.stream(SharedTexts.read("texts/udhr/" + file + ".txt").split("\n\n"))
                .filter(p -> p.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
    }
}
