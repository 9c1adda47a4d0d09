package org.parallax.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.core.text.SharedTexts;
import org.parallax.core.text.Span;

class SegmentersTest {

    private static List<String> split(String language, String paragraph) {
        return Segmenters.forLanguage(language).split(paragraph).stream().map(span -> span.of(paragraph)).toList();
    }

    private static String udhr(String file, String paragraphStart) {
        for (String paragraph : SharedTexts.read("texts/udhr/" + file).split("\n\n")) {
            if (paragraph.startsWith(paragraphStart)) {
                return paragraph.strip();
            }
        }
        throw new AssertionError("no paragraph starting with " + paragraphStart + " in " + file);
    }

    @Test
    void shouldSplitArticleOneOfTheUdhrInSevenLanguages() {
        assertThat(split("en", udhr("eng.txt", "All human beings"))).containsExactly(
                "All human beings are born free and equal in dignity and rights.",
                "They are endowed with reason and conscience and should act towards one another in a spirit of "
                        + "brotherhood.");
        assertThat(split("ru", udhr("rus.txt", "Все люди рождаются"))).containsExactly(
                "Все люди рождаются свободными и равными в своем достоинстве и правах.",
                "Они наделены разумом и совестью и должны поступать в отношении друг друга в духе братства.");
        assertThat(split("de", udhr("deu.txt", "Alle Menschen sind"))).containsExactly(
                "Alle Menschen sind frei und gleich an Würde und Rechten geboren.",
                "Sie sind mit Vernunft und Gewissen begabt und sollen einander im Geist der Brüderlichkeit begegnen.");
        assertThat(split("fr", udhr("fra.txt", "Tous les êtres humains"))).containsExactly(
                "Tous les êtres humains naissent libres et égaux en dignité et en droits.",
                "Ils sont doués de raison et de conscience et doivent agir les uns envers les autres dans un esprit "
                        + "de fraternité.");
        assertThat(split("es", udhr("spa.txt", "Todos los seres humanos"))).containsExactly(
                "Todos los seres humanos nacen libres e iguales en dignidad y derechos y, dotados como están de "
                        + "razón y conciencia, deben comportarse fraternalmente los unos con los otros.");
        assertThat(split("ja", udhr("jpn.txt", "すべての人間は"))).containsExactly(
                "すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。",
                "人間は、理性と良心とを授けられており、互いに同胞の精神をもって行動しなければならない。");
        assertThat(split("zh", udhr("cmn_hans.txt", "人人生而自由"))).containsExactly(
                "人人生而自由,在尊严和权利上一律平等。", "他们赋有理性和良心,并应以兄弟关系的精神相对待。");
    }

    /** The UDHR has no abbreviations, so every sentence mark followed by a space or the end ends a sentence. */
    @ParameterizedTest
    @CsvSource({"eng.txt, en", "rus.txt, ru", "deu.txt, de", "fra.txt, fr", "spa.txt, es", "pol.txt, pl",
            "jpn.txt, ja", "cmn_hans.txt, zh"})
    void shouldSplitTheWholeUdhrAtEverySentenceMark(String file, String language) {
        SentenceSegmenter segmenter = Segmenters.forLanguage(language);
        for (String paragraph : SharedTexts.read("texts/udhr/" + file).split("\n\n")) {
            String text = paragraph.strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean cjk = language.equals("ja") || language.equals("zh");
            String mark = cjk ? "[。！？]" : "[.!?][\"”»)]*(?=\\s|$)";
            int marks = text.split(mark, -1).length - 1;
            int expected = marks + (text.matches("(?s).*[.!?。！？][\"”»)]*") ? 0 : 1);
            assertThat(segmenter.split(text)).as(text).hasSize(expected);
        }
    }

    @ParameterizedTest
    @CsvSource({"udhr/ukr.txt, uk", "udhr/jpn.txt, ja", "bible/mark.kjv.txt, en", "bible/mark.web-derived.txt, en",
            "bible/mark.rv1909.txt, es", "bible/jonah.kjv.txt, en"})
    void shouldCoverEveryCharacterWithOrderedTrimmedSpans(String file, String language) {
        SentenceSegmenter segmenter = Segmenters.forLanguage(language);
        for (String paragraph : SharedTexts.read("texts/" + file).split("\n\n")) {
            String text = paragraph.strip();
            List<Span> sentences = segmenter.split(text);
            int previousEnd = 0;
            StringBuilder covered = new StringBuilder();
            for (Span sentence : sentences) {
                assertThat(sentence.start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(sentence.of(text)).isEqualTo(sentence.of(text).strip()).isNotEmpty();
                covered.append(sentence.of(text));
                previousEnd = sentence.end();
            }
            assertThat(covered.toString().replaceAll("\\s", "")).isEqualTo(text.replaceAll("\\s", ""));
        }
    }

    @Test
    void shouldKeepInitialsAndAbbreviationsInsideEnglishSentences() {
        assertThat(split("en", "Dr. Smith arrived at 5 p.m. on Monday. He met Mr. J. R. Jones, i.e. the new director. "
                + "They talked.")).containsExactly("Dr. Smith arrived at 5 p.m. on Monday.",
                "He met Mr. J. R. Jones, i.e. the new director.", "They talked.");
    }

    @Test
    void shouldSplitTheSeedSentencesWithInitialsAndAbbreviations() {
        String officers = "In particular, we had in mind U Thant's proposal to the effect that he and the U. N. officers "
                + "accompanying him could be given an opportunity to visit the locations of dismantlement of our "
                + "missiles and to make sure that they were been dismantled. That proposal was the most reasonable "
                + "and the most appropriate for our side.";
        assertThat(SharedTexts.read(SharedTexts.SEED_ARCHIVE_PAGE)).contains(officers);
        assertThat(split("en", officers)).hasSize(2).first().asString().endsWith("were been dismantled.");

        String telegram = "The following telegram from N. S. Khrushchev for Comrade A. I. Mikoyan was received in the "
                + "morning (Special No. 1013): In connection with the last letter from President Kennedy, we are "
                + "informing you.";
        assertThat(split("en", telegram)).containsExactly(telegram);
    }

    @Test
    void shouldEndEnglishSentencesInsideClosingQuotesBeforeACapital() {
        String mark = SharedTexts.read("texts/bible/mark.web-derived.txt");
        String verse = "I know who you are: the Holy One of God!” Jesus rebuked him, saying, “Be quiet, and come out of "
                + "him!”";
        assertThat(mark).contains(verse);
        assertThat(split("en", verse)).containsExactly("I know who you are: the Holy One of God!”",
                "Jesus rebuked him, saying, “Be quiet, and come out of him!”");
        assertThat(split("en", "“What is this?” he asked. “A new teaching?”"))
                .containsExactly("“What is this?” he asked.", "“A new teaching?”");
    }

    @Test
    void shouldHandleRussianInitialsAndAbbreviations() {
        assertThat(split("ru", "В ноябре 1962 года А. И. Микоян находился в Гаване. Переговоры шли трудно, т. е. без "
                + "видимых результатов. Об этом писал тов. Хрущёв.")).containsExactly(
                "В ноябре 1962 года А. И. Микоян находился в Гаване.",
                "Переговоры шли трудно, т. е. без видимых результатов.", "Об этом писал тов. Хрущёв.");
        assertThat(split("ru", "Договор подписан в 1978 г. Об этом сообщили газеты. См. ст. 5 договора."))
                .containsExactly("Договор подписан в 1978 г.", "Об этом сообщили газеты.", "См. ст. 5 договора.");
    }

    @Test
    void shouldKeepATypoPeriodBeforeLowercaseInsideTheUkrainianSentence() {
        String paragraph = udhr("ukr.txt", "беручи до уваги. що держави");
        assertThat(split("uk", paragraph)).containsExactly(paragraph);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es|El Sr. García y la Dra. M. López llegaron a la reunión. ¿Quién los invitó? No lo sé.|3",
            "de|Dr. Müller kam am 3. Oktober nach Berlin. Er sagte z. B. nichts. Das ist gut.|3",
            "fr|M. Dupont a rencontré Mme Martin le 3 octobre. Ils ont parlé de l'art. 5 du traité. C'est tout.|3",
            "pl|Prof. J. Kowalski mieszka przy ul. Długiej. Urodził się 3 maja 1950 r. w Krakowie. To wszystko.|3",
            "uk|Т. Г. Шевченко народився 1814 р. у Моринцях. Він жив на вул. Хрещатик. Це все.|3",
            "ja|本当か？「はい。」と彼は言った。次です。|3",
            "zh|我们是学生。你们呢？他们也是！|3"})
    void shouldSplitAbbreviationsAndCjkPunctuationInOtherLanguages(String language, String text, int sentences) {
        List<String> split = split(language, text);
        assertThat(split).hasSize(sentences);
        assertThat(String.join("", split).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Test
    void shouldNameTheSentencesOfJapaneseQuotationsExactly() {
        assertThat(split("ja", "本当か？「はい。」と彼は言った。次です。"))
                .containsExactly("本当か？", "「はい。」と彼は言った。", "次です。");
    }

    @Test
    void shouldChooseModelsForEnglishGermanFrenchAndRulesElsewhere() {
        assertThat(Segmenters.usesModel("en")).isTrue();
        assertThat(Segmenters.usesModel("de-AT")).isTrue();
        assertThat(Segmenters.usesModel("fr")).isTrue();
        assertThat(Segmenters.usesModel("ru")).isFalse();
        assertThat(Segmenters.usesModel("zh-Hans")).isFalse();
        assertThat(Segmenters.forLanguage("zh-Hans")).isSameAs(Segmenters.forLanguage("zh"));
        assertThat(Segmenters.forLanguage("en").split("  ")).isEmpty();
        assertThat(Segmenters.forLanguage("und").split("One. Two.")).hasSize(2);
        assertThatThrownBy(() -> Segmenters.forLanguage("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Segmenters.forLanguage("123")).isInstanceOf(IllegalArgumentException.class);
    }
}
