package org.parallax.core.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.core.text.Span;

class RussianStemMatcherTest {

    private final RussianStemMatcher matcher = new RussianStemMatcher();

    private String found(String sentence, String term) {
        return matcher.find(sentence, term).map(span -> span.of(sentence)).orElse(null);
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
                matcher.find(sentence, "Имени Коминтерна"));
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
}
