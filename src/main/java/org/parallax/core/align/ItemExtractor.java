package org.parallax.core.align;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a segment into {@link Item}s: digit runs, marks whose agreement across a translation is informative
 * (question and exclamation marks, brackets, quotes, colons, semicolons, the sentence-final mark) and words
 * of three or more letters outside Chinese/Japanese script. Each distinct item once per segment.
 */
final class ItemExtractor {

    static final int COGNATE_PREFIX = 4;

    private final WordForms forms = new WordForms();

    /** Items of a segment; words are all {@link Item.Kind#RARE_WORD} here, frequency is decided per document. */
    List<Item> itemsOf(String segment) {
        Set<Item> items = new LinkedHashSet<>();
        int k = 0;
        int length = segment.length();
        while (k < length) {
            int cp = segment.codePointAt(k);
            if (Character.isDigit(cp)) {
                StringBuilder digits = new StringBuilder();
                while (k < length && Character.isDigit(segment.codePointAt(k))) {
                    digits.append(Character.digit(segment.codePointAt(k), 10));
                    k += Character.charCount(segment.codePointAt(k));
                }
                items.add(new Item(Item.Kind.NUMBER, "#" + stripZeros(digits), null));
            } else if (Character.isLetter(cp)) {
                int start = k;
                while (k < length && (Character.isLetter(segment.codePointAt(k)) || Character.getType(segment.codePointAt(k)) == Character.NON_SPACING_MARK)) {
                    k += Character.charCount(segment.codePointAt(k));
                }
                addWord(items, segment.substring(start, k));
            } else {
                char mark = markOf(cp);
                if (mark != 0) {
                    items.add(new Item(Item.Kind.PUNCTUATION, "p" + mark, null));
                }
                k += Character.charCount(cp);
            }
        }
        char last = lastMark(segment);
        if (last != 0) {
            items.add(new Item(Item.Kind.PUNCTUATION, "f" + last, null));
        }
        return new ArrayList<>(items);
    }

    private void addWord(Set<Item> items, String word) {
        if (WordForms.isCjk(word)) {
            return;
        }
        String form = forms.formOf(word);
        if (form.length() < 3) {
            return;
        }
        String identity = form.length() >= COGNATE_PREFIX ? "c" + form.substring(0, COGNATE_PREFIX) : null;
        items.add(new Item(Item.Kind.RARE_WORD, identity, form));
    }

    private static String stripZeros(StringBuilder digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }

    /** The mark an inner character stands for, after folding full-width and typographic variants; 0 if none. */
    private static char markOf(int cp) {
        return switch (cp) {
            case '?', '？', '¿' -> '?';
            case '!', '！', '¡' -> '!';
            case '(', '（', '[', '〈', '《' -> '(';
            case ')', '）', ']', '〉', '》' -> ')';
            case '"', '«', '»', '„', '“', '”', '「', '」', '『', '』', '‹', '›' -> '"';
            case ':', '：' -> ':';
            case ';', '；' -> ';';
            default -> 0;
        };
    }

    private static char lastMark(String segment) {
        for (int k = segment.length() - 1; k >= 0; k--) {
            char ch = segment.charAt(k);
            if (Character.isWhitespace(ch) || markOf(ch) == '"' || ch == ')' || ch == '）') {
                continue;
            }
            return switch (ch) {
                case '.', '。', '．' -> '.';
                case '?', '？' -> '?';
                case '!', '！' -> '!';
                case ':', '：' -> ':';
                case ';', '；' -> ';';
                case ',', '、', '，' -> ',';
                default -> 0;
            };
        }
        return 0;
    }
}
