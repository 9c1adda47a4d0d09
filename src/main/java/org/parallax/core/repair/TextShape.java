package org.parallax.core.repair;

import java.util.regex.Pattern;

/** Small questions about how a piece of text begins and ends, shared by the repair steps. */
final class TextShape {

    /** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;…。！？][\"'”’»)\\]]*\\s*", Pattern.DOTALL);
    private static final Pattern WORD_HYPHEN_END = Pattern.compile(".*\\p{L}[-\u00AD\u2010]");

    private TextShape() {
    }

    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text).matches();
    }

    /** Ends with a hyphen right after a letter, as a word broken at a line end does. */
    static boolean endsWithWordHyphen(String text) {
        return WORD_HYPHEN_END.matcher(text).matches();
    }

    static boolean startsLowercase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /** Starts as a new paragraph may: a capital, a digit, an opening quote or bracket, or a CJK character. */
    static boolean startsUppercaseOrDigit(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'([«「『（".indexOf(first) >= 0
                || isCjk(text.charAt(0));
    }

    /** Dashes that join words without spaces in English typesetting ("Cuba—and"). */
    static boolean isClosedDash(char c) {
        return c == '\u2014' || c == '\u2013';
    }

    /** Chinese and Japanese characters and punctuation, written without spaces between words. */
    static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF00' && c <= '\uFFEF');
    }

    /** The first word; in Chinese or Japanese, where a line may break after any character, the first character. */
    static String firstWord(String text) {
        String stripped = text.strip();
        if (!stripped.isEmpty() && isCjk(stripped.charAt(0))) {
            return stripped.substring(0, 1);
        }
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped : stripped.substring(0, space);
    }

    static String head(String text, int chars) {
        return text.length() <= chars ? text : text.substring(0, chars) + "…";
    }

    static String tail(String text, int chars) {
        return text.length() <= chars ? text : "…" + text.substring(text.length() - chars);
    }
}
