package org.parallax.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.core.text.SharedTexts;

class LanguageGuesserTest {

    @ParameterizedTest
    @CsvSource({"eng.txt, en", "rus.txt, ru", "deu.txt, de", "fra.txt, fr", "spa.txt, es", "ukr.txt, uk",
            "pol.txt, pl", "jpn.txt, ja", "cmn_hans.txt, zh"})
    void shouldDetectTheLanguageOfEachUdhrTranslation(String file, String language) {
        assertThat(LanguageGuesser.detect(SharedTexts.read("texts/udhr/" + file))).isEqualTo(language);
    }

    @Test
    void shouldDetectTheSeedsAndBibleVersions() {
        assertThat(LanguageGuesser.detect(SharedTexts.read(SharedTexts.SEED_HARD_WRAPPED))).isEqualTo("en");
        assertThat(LanguageGuesser.detect(SharedTexts.read("texts/bible/jonah.rv1909.txt"))).isEqualTo("es");
        assertThat(LanguageGuesser.detect(SharedTexts.read("texts/bible/jonah.kjv.txt"))).isEqualTo("en");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Привет, как дела?|ru", "Привіт, як справи?|uk", "こんにちは|ja", "你好|zh",
            "¿Qué tal?|es", "Dzień dobry|pl", "Grüß Gott|de", "Ça va|fr", "Hello there|en", "12, 13|und"})
    void shouldFallBackToTheScriptForShortText(String text, String language) {
        assertThat(LanguageGuesser.detect(text)).isEqualTo(language);
    }

    @Test
    void shouldMapIso6393CodesToBcp47() {
        assertThat(LanguageGuesser.toBcp47("eng")).isEqualTo("en");
        assertThat(LanguageGuesser.toBcp47("rus")).isEqualTo("ru");
        assertThat(LanguageGuesser.toBcp47("ukr")).isEqualTo("uk");
        assertThat(LanguageGuesser.toBcp47("cmn")).isEqualTo("zh");
        assertThat(LanguageGuesser.toBcp47("pes")).isEqualTo("fa");
        assertThat(LanguageGuesser.toBcp47("ceb")).isEqualTo("ceb");
    }
}
