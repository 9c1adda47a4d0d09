package org.parallax.core.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.core.text.Span;

/**
 * Undoes sentence breaks that a statistical model or the Unicode rules (UAX #29) make after an abbreviation or an
 * initial. A break is removed when the next sentence starts with a lowercase letter ("5 p.m. | on Monday",
 * "т. е. | министром"), when the previous one ends with an initial and a capital follows ("А. И. | Микоян",
 * "J. R. | Jones"), or with an abbreviation that always precedes a name ("Mr. | Smith") or a number ("No. | 66").
 */
final class SentenceMerger {

    /** A single capital letter and a period, standing alone: an initial. */
    private static final Pattern INITIAL = Pattern.compile("(?:^|[\\s(\\[«\"“„'‘])\\p{Lu}\\.$");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}°№]+)\\.$");
    private static final String OPENING = "\"“„«‘'([¿¡「『（";
    /** A one- or two-digit number and a period, standing alone: an ordinal where {@code ordinalDot} holds. */
    private static final Pattern ORDINAL = Pattern.compile("(?:^|\\s)\\d{1,2}\\.$");
    /** A Japanese quotation closed and continued by the quotative particle: 「はい。」と言った. */
    private static final Pattern QUOTE_CLOSED = Pattern.compile("[」』]$");
    private static final Pattern QUOTATIVE = Pattern.compile("^[とって]");

    private final AbbreviationRules rules;

    SentenceMerger(AbbreviationRules rules) {
        this.rules = rules;
    }

    List<Span> merge(String text, List<Span> sentences) {
        List<Span> merged = new ArrayList<>(sentences.size());
        for (Span sentence : moveOpeningBrackets(text, sentences)) {
            if (!merged.isEmpty() && continues(sentence.of(text), merged.get(merged.size() - 1).of(text))) {
                Span previous = merged.remove(merged.size() - 1);
                merged.add(new Span(previous.start(), sentence.end()));
            } else {
                merged.add(sentence);
            }
        }
        return merged;
    }

    private boolean continues(String next, String previous) {
        if (QUOTE_CLOSED.matcher(previous).find() && QUOTATIVE.matcher(next).find()) {
            return true;
        }
        int first = firstLetterOrDigit(next);
        if (first < 0) {
            return false;
        }
        if (Character.isLowerCase(first)) {
            return true;
        }
        if (!previous.endsWith(".")) {
            return false;
        }
        if (Character.isUpperCase(first) && INITIAL.matcher(previous).find()) {
            return true;
        }
        if (rules.ordinalDot() && Character.isUpperCase(first) && ORDINAL.matcher(previous).find()) {
            return true;
        }
        Matcher word = LAST_WORD.matcher(previous);
        if (!word.find()) {
            return false;
        }
        String abbreviation = word.group(1).toLowerCase(Locale.ROOT);
        return rules.beforeNames().contains(abbreviation)
                || (Character.isDigit(first) && rules.beforeNumbers().contains(abbreviation));
    }

    /**
     * UAX #29 counts opening brackets as "Close" characters, so "本当か？「はい。」" breaks after the 「; an opening
     * bracket or quote at the end of a sentence belongs to the next one.
     */
    private static List<Span> moveOpeningBrackets(String text, List<Span> sentences) {
        List<Span> moved = new ArrayList<>(sentences);
        for (int i = 0; i + 1 < moved.size(); i++) {
            Span sentence = moved.get(i);
            int end = sentence.end();
            while (end - 1 > sentence.start() && isOpening(text.charAt(end - 1))) {
                end--;
            }
            int trimmedEnd = end;
            while (trimmedEnd > sentence.start() && Character.isWhitespace(text.charAt(trimmedEnd - 1))) {
                trimmedEnd--;
            }
            if (end < sentence.end()) {
                moved.set(i, new Span(sentence.start(), trimmedEnd));
                moved.set(i + 1, new Span(end, moved.get(i + 1).end()));
            }
        }
        return moved;
    }

    private static boolean isOpening(char c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }

    /** The first letter or digit of {@code text}, skipping opening quotes and brackets, or -1. */
    private static int firstLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
            if (OPENING.indexOf(c) < 0 && !Character.isWhitespace(c)) {
                return -1;
            }
            i += Character.charCount(c);
        }
        return -1;
    }
}
