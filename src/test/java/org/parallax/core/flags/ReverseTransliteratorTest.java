package org.parallax.core.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReverseTransliteratorTest {

    private final ReverseTransliterator transliterator = new ReverseTransliterator();

    @Test
    void shouldReadTheSoftSignTypedAsRightQuoteOrApostrophe() {
        assertEquals("доказать", transliterator.toCyrillic("dokazat’"));
        assertEquals("доказать", transliterator.toCyrillic("dokazat'"));
        assertEquals("доказать", transliterator.toCyrillic("dokazatʹ"));
        assertEquals("жизнь", transliterator.toCyrillic("zhizn’"));
    }

    @Test
    void shouldReadTheHardSign() {
        assertEquals("объект", transliterator.toCyrillic("ob”ekt"));
        assertEquals("подъезд", transliterator.toCyrillic("podʺezd"));
    }

    @Test
    void shouldKeepCapitalsOnPhrasesAndDigraphs() {
        assertEquals("Имени Коминтерна", transliterator.toCyrillic("Imeni Kominterna"));
        assertEquals("Хрущев", transliterator.toCyrillic("Khrushchev"));
        assertEquals("Щукин", transliterator.toCyrillic("Shchukin"));
        assertEquals("Жуков", transliterator.toCyrillic("Zhukov"));
        assertEquals("ЦК КПСС", transliterator.toCyrillic("TsK KPSS"));
    }

    @Test
    void shouldReadNamesFromTheSeeds() {
        assertEquals("Микоян", transliterator.toCyrillic("Mikoian"));
        assertEquals("Грибков", transliterator.toCyrillic("Gribkov"));
        assertEquals("Кузнецов", transliterator.toCyrillic("Kuznetsov"));
    }

    @Test
    void shouldReadIaIuAndIiTheLibraryOfCongressWay() {
        assertEquals("Россия", transliterator.toCyrillic("Rossiia"));
        assertEquals("революция", transliterator.toCyrillic("revoliutsiia"));
        assertEquals("Юрий", transliterator.toCyrillic("Iurii"));
        assertEquals("Василий", transliterator.toCyrillic("Vasiliĭ"));
        assertEquals("герой", transliterator.toCyrillic("geroi"));
    }

    @Test
    void shouldReadYAsYeryExceptWhereItIotatesAVowel() {
        assertEquals("новый", transliterator.toCyrillic("novyi"));
        assertEquals("новые", transliterator.toCyrillic("novye"));
        assertEquals("Егор Ельцин", transliterator.toCyrillic("Yegor El’tsin"));
        assertEquals("Юрий", transliterator.toCyrillic("Yurii"));
    }

    @Test
    void shouldTellTsFromTs() {
        assertEquals("советский", transliterator.toCyrillic("sovetskii"));
        assertEquals("богатство", transliterator.toCyrillic("bogatstvo"));
        assertEquals("боятся", transliterator.toCyrillic("boiatsia"));
        assertEquals("царь", transliterator.toCyrillic("t͡sar’"));
        assertEquals("улица", transliterator.toCyrillic("ulitsa"));
    }

    @Test
    void shouldReadEWithDiacritics() {
        assertEquals("ёлка", transliterator.toCyrillic("ëlka"));
        assertEquals("это", transliterator.toCyrillic("ėto"));
        assertEquals("ето", transliterator.toCyrillic("eto"));
    }

    @Test
    void shouldCopyWhatIsNotARomanisedLetter() {
        assertEquals("12 «Правда», 1962.", transliterator.toCyrillic("12 «Pravda», 1962."));
    }
}
