package org.parallax.core.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the lexical items of a segment: digit runs, marks whose agreement across a translation is informative
 * (question and exclamation marks, brackets, quotes, colons, semicolons, the segment-final mark) and words of
 * three or more letters outside Chinese/Japanese script. Items are interned in a {@link Vocabulary}: every item
 * has an identity key (same number, same mark, or for words the first {@value #COGNATE_PREFIX} letters of the
 * ASCII-folded form: the cognate criterion of Simard, Foster &amp; Isabelle, "Using Cognates to Align Sentences
 * in Bilingual Corpora", TMI 1992), and words also have a word id ("w" + form) for lexicon look-ups.
 * Each distinct item once per segment. Not thread-safe.
 */
final class ItemExtractor {

    static final int COGNATE_PREFIX = 4;
    static final int NO_ID = -1;

    private final Vocabulary vocabulary;
    private final WordForms forms = new WordForms();
    /** Per raw token: {identity key, word id}, or null for tokens that are no items. */
    private final Map<String, int[]> tokenCache = new HashMap<>();

    private int count;
    private byte[] kinds = new byte[64];
    private int[] keys = new int[64];
    private int[] words = new int[64];

    ItemExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The items found by the last {@link #scan}: kind ordinals, identity keys, word ids ({@link #NO_ID} if none). */
    int count() {
        return count;
    }

    byte kind(int item) {
        return kinds[item];
    }

    int key(int item) {
        return keys[item];
    }

    int word(int item) {
        return words[item];
    }

    void scan(String segment) {
        count = 0;
        int k = 0;
        int length = segment.length();
        while (k < length) {
            char ch = segment.charAt(k);
            if (Character.isDigit(ch)) {
                int start = k;
                while (k < length && Character.isDigit(segment.charAt(k))) {
                    k++;
                }
                add(ItemKind.NUMBER, vocabulary.id("#" + digits(segment, start, k)), NO_ID);
            } else if (Character.isLetter(ch) || Character.isSurrogate(ch)) {
                int start = k;
                while (k < length && (Character.isLetter(segment.charAt(k)) || Character.isSurrogate(segment.charAt(k))
                        || Character.getType(segment.charAt(k)) == Character.NON_SPACING_MARK)) {
                    k++;
                }
                int[] word = tokenCache.computeIfAbsent(segment.substring(start, k), this::wordItem);
                if (word != null) {
                    add(ItemKind.RARE_WORD, word[0], word[1]);
                }
            } else {
                char mark = markOf(ch);
                if (mark != 0) {
                    add(ItemKind.PUNCTUATION, vocabulary.id("p" + mark), NO_ID);
                }
                k++;
            }
        }
        char last = lastMark(segment);
        if (last != 0) {
            add(ItemKind.PUNCTUATION, vocabulary.id("f" + last), NO_ID);
        }
    }

    private int[] wordItem(String token) {
        if (WordForms.isCjk(token)) {
            return null;
        }
        String form = forms.formOf(token);
        if (form.length() < 3) {
            return null;
        }
        int identity = form.length() >= COGNATE_PREFIX ? vocabulary.id("c" + form.substring(0, COGNATE_PREFIX)) : NO_ID;
        return new int[] {identity, vocabulary.id("w" + form)};
    }

    private void add(ItemKind kind, int key, int word) {
        for (int k = 0; k < count; k++) {
            if (keys[k] == key && words[k] == word) {
                return;
            }
        }
        if (count == keys.length) {
            kinds = Arrays.copyOf(kinds, count * 2);
            keys = Arrays.copyOf(keys, count * 2);
            words = Arrays.copyOf(words, count * 2);
        }
        kinds[count] = (byte) kind.ordinal();
        keys[count] = key;
        words[count] = word;
        count++;
    }

    private static String digits(String segment, int start, int end) {
        StringBuilder digits = new StringBuilder(end - start);
        for (int k = start; k < end; k++) {
            int digit = Character.digit(segment.charAt(k), 10);
            if (digits.isEmpty() && digit == 0 && k + 1 < end) {
                continue;
            }
            digits.append((char) ('0' + Math.max(0, digit)));
        }
        return digits.toString();
    }

    /** The mark an inner character stands for, after folding full-width and typographic variants; 0 if none. */
    private static char markOf(char ch) {
        return switch (ch) {
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
            if (Character.isWhitespace(ch) || markOf(ch) == '"' || markOf(ch) == ')') {
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
