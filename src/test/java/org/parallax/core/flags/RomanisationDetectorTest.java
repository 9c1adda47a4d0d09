package org.parallax.core.flags;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RomanisationDetectorTest {

    @Test
    void shouldReadRomanisedRussianAsSuch() {
        assertTrue(RomanisationDetector.isRomanisedRussian("dokazat’"));
        assertTrue(RomanisationDetector.isRomanisedRussian("Imeni Kominterna"));
        assertTrue(RomanisationDetector.isRomanisedRussian("zdes’"));
        assertTrue(RomanisationDetector.isRomanisedRussian("Khrushchev"));
    }

    @Test
    void shouldReadEnglishWordsAsEnglish() {
        assertFalse(RomanisationDetector.isRomanisedRussian("stationed"), "in the word list");
        assertFalse(RomanisationDetector.isRomanisedRussian("two alternatives"), "in the word list");
        assertFalse(RomanisationDetector.isRomanisedRussian("over Cuba"), "c without h");
        assertFalse(RomanisationDetector.isRomanisedRussian("John F."), "j-o-h: h after a vowel");
        assertFalse(RomanisationDetector.isRomanisedRussian("sons’"), "English plural possessive");
        assertFalse(RomanisationDetector.isRomanisedRussian("don’t"), "English contraction");
        assertFalse(RomanisationDetector.isRomanisedRussian(" "));
    }
}
