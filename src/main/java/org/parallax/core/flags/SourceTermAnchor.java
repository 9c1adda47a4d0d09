package org.parallax.core.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.core.text.Span;

/**
 * Finds the English words that a bracketed transliteration glosses: the text right before the bracket.
 *
 * <ul>
 *   <li>A quotation closing right before the bracket is the rendering, without its quotation marks:
 *       "called “Named after the Comintern” [Imeni Kominterna]" → "Named after the Comintern".</li>
 *   <li>Otherwise, if the last word is capitalised, the capitalised name phrase it ends, allowing lower-case
 *       linking words inside it ("Plant Named after the Comintern"); a leading sentence-initial function
 *       word ("The", "In") is dropped while the phrase is longer than the transliteration.</li>
 *   <li>Otherwise as many words as the transliteration has ("prove [dokazat’]" → "prove").</li>
 * </ul>
 * Words never cross punctuation: a comma, full stop or dash ends the search.
 */
final class SourceTermAnchor {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-’'][\\p{L}\\p{N}]+)*");
    private static final String CLOSING_QUOTES = "”\"»";
    private static final String OPENING_QUOTES = "“\"«„";
    private static final Set<String> NAME_LINKS = Set.of("of", "the", "after", "named", "for", "and", "in", "on", "de");
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "And", "But", "Or", "In", "On", "At",
            "To", "Of", "For", "With", "By", "From", "This", "That", "It", "We", "They", "He", "She", "I", "You", "Our");
    private static final int MAX_QUOTE_LENGTH = 200;
    private static final int MAX_NAME_WORDS = 8;
    private static final int LOOK_BACK = 300;

    private SourceTermAnchor() {
    }

    /**
     * @param bracketOpen offset of the "[" in {@code paragraph}
     * @param termWords   number of words in the transliteration, at least 1
     * @return the span of the rendering, or empty when nothing suitable precedes the bracket
     */
    static Optional<Span> before(String paragraph, int bracketOpen, int termWords) {
        int end = bracketOpen;
        while (end > 0 && Character.isWhitespace(paragraph.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return Optional.empty();
        }
        if (CLOSING_QUOTES.indexOf(paragraph.charAt(end - 1)) >= 0) {
            return quotationEndingAt(paragraph, end);
        }
        List<Span> words = wordsEndingAt(paragraph, end);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        int count = isCapitalised(paragraph, words.getLast())
                ? Math.max(termWords, nameLength(paragraph, words, termWords))
                : termWords;
        Span first = words.get(Math.max(0, words.size() - count));
        return Optional.of(new Span(first.start(), end));
    }

    private static Optional<Span> quotationEndingAt(String paragraph, int end) {
        int close = end - 1;
        for (int i = close - 1; i >= Math.max(0, close - MAX_QUOTE_LENGTH); i--) {
            char c = paragraph.charAt(i);
            if (c == '[' || c == ']') {
                return Optional.empty();
            }
            if (OPENING_QUOTES.indexOf(c) >= 0) {
                int start = i + 1;
                int stop = close;
                while (start < stop && Character.isWhitespace(paragraph.charAt(start))) {
                    start++;
                }
                while (stop > start && Character.isWhitespace(paragraph.charAt(stop - 1))) {
                    stop--;
                }
                return start < stop ? Optional.of(new Span(start, stop)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The words before {@code end}, in text order, back to the nearest punctuation; empty unless one ends at end. */
    private static List<Span> wordsEndingAt(String paragraph, int end) {
        int from = Math.max(0, end - LOOK_BACK);
        List<Span> all = new ArrayList<>();
        Matcher m = WORD.matcher(paragraph).region(from, end);
        while (m.find()) {
            all.add(new Span(m.start(), m.end()));
        }
        if (all.isEmpty() || all.getLast().end() != end) {
            return List.of();
        }
        int first = all.size() - 1;
        while (first > 0 && paragraph.substring(all.get(first - 1).end(), all.get(first).start()).isBlank()) {
            first--;
        }
        return all.subList(first, all.size());
    }

    /** Length in words of the capitalised name phrase ending the list, linking words allowed inside. */
    private static int nameLength(String paragraph, List<Span> words, int termWords) {
        int committed = 0;
        int pending = 0;
        for (int i = words.size() - 1; i >= 0 && committed + pending < MAX_NAME_WORDS; i--) {
            Span word = words.get(i);
            if (isCapitalised(paragraph, word)) {
                committed += pending + 1;
                pending = 0;
            } else if (NAME_LINKS.contains(word.of(paragraph))) {
                pending++;
            } else {
                break;
            }
        }
        while (committed > termWords
                && SENTENCE_OPENERS.contains(words.get(words.size() - committed).of(paragraph))) {
            committed--;
        }
        return committed;
    }

    private static boolean isCapitalised(String paragraph, Span word) {
        return Character.isUpperCase(paragraph.charAt(word.start()));
    }
}
