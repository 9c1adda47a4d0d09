package org.parallax.core.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceTermAnchorTest {

    private static String anchor(String paragraph, int termWords) {
        return SourceTermAnchor.before(paragraph, paragraph.indexOf('['), termWords)
                .map(span -> span.of(paragraph)).orElse(null);
    }

    @Test
    void shouldTakeAsManyLowerCaseWordsAsTheTermHas() {
        assertEquals("prove", anchor("you cannot prove [dokazat’] it", 1));
        assertEquals("military council", anchor("the military council [voennyi sovet] met", 2));
    }

    @Test
    void shouldTakeTheWholeCapitalisedNameWithItsLinkingWords() {
        assertEquals("Plant Named after the Comintern",
                anchor("he worked at the Plant Named after the Comintern [Imeni Kominterna] in Kharkov", 2));
        assertEquals("Comintern Plant", anchor("the Comintern Plant [Imeni Kominterna]", 2));
    }

    @Test
    void shouldDropASentenceInitialWordOnlyWhileTheNameIsLongerThanTheTerm() {
        assertEquals("Pravda", anchor("The Pravda [Pravda] wrote", 1));
        assertEquals("In Moscow", anchor("In Moscow [v Moskve] it snowed", 2));
    }

    @Test
    void shouldTakeAQuotationWithoutItsMarks() {
        assertEquals("Named after the Comintern", anchor("it was called “Named after the Comintern” [Imeni Kominterna].", 2));
    }

    @Test
    void shouldNotCrossPunctuationNorStartWithoutAWord() {
        assertEquals("word", anchor("a long sentence, word [slovo]", 3));
        assertEquals(null, anchor("[slovo] first", 1));
        assertEquals(null, anchor("after a dash — [slovo]", 1));
    }
}
