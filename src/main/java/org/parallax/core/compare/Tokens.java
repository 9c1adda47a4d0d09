package org.parallax.core.compare;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.parallax.core.text.Span;

/**
 * Splits a text into words and punctuation marks, dropping white space. Word boundaries follow Unicode UAX #29 as
 * ICU implements it, with ICU's dictionaries for scripts written without spaces (Chinese, Japanese, Thai).
 */
public final class Tokens {

    private Tokens() {
    }

    /** The tokens of {@code text} (not null), in order. */
    public static List<Token> of(String text) {
        // One BreakIterator per call: ICU's iterators are not thread-safe.
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        words.setText(text);
        List<Token> tokens = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String piece = text.substring(start, end);
            if (!piece.isBlank()) {
                tokens.add(new Token(piece, new Span(start, end)));
            }
        }
        return tokens;
    }
}
