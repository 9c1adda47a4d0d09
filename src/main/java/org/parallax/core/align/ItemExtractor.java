package org.parallax.core.align;

import java.util.Arrays;

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

    private static final byte OTHER = 0;
    private static final byte DIGIT = 1;
    private static final byte LETTER = 2;
    private static final byte MARK = 3;
    /** {@link #typeOfAny} of every Latin-1 character (none of them is a non-spacing mark). */
    private static final byte[] LATIN1 = new byte[256];
    /** {@link #markOfAny} of every Latin-1 character. */
    private static final char[] LATIN1_MARKS = new char[256];

    static {
        for (char ch = 0; ch < LATIN1.length; ch++) {
            LATIN1[ch] = typeOfAny(ch);
            LATIN1_MARKS[ch] = markOfAny(ch);
        }
    }

    private final Vocabulary vocabulary;
    private final WordForms forms = new WordForms();
    /** Per raw token: {identity key, word id}, or null for tokens that are no items. */
    private final TokenCache tokenCache = new TokenCache(this::wordItem);
    /**
     * Vocabulary id + 1 of "p" + mark at [mark] and of "f" + mark at [128 + mark] (all marks are ASCII); 0 while
     * not yet interned.
     */
    private final int[] markIds = new int[256];

    /** The segment being scanned, as characters. */
    private char[] chars = new char[256];
    private int count;
    private byte[] kinds = new byte[64];
    private int[] keys = new int[64];
    private int[] words = new int[64];

    ItemExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The items found by the last {@link #scan}: kind ordinals, identity keys, word ids ({@link #NO_ID} if none). */
    byte[] kinds() {
        return Arrays.copyOf(kinds, count);
    }

    int[] keys() {
        return Arrays.copyOf(keys, count);
    }

    int[] words() {
        return Arrays.copyOf(words, count);
    }

    void scan(String segment) {
        count = 0;
        int length = segment.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        // one copy into a char array: the loops below then read plain array elements, and the JIT compiles them
        // small (String.charAt carries a Latin-1 and a UTF-16 path into every loop it is inlined into)
        char[] text = chars;
        segment.getChars(0, length, text, 0);
        int k = 0;
        while (k < length) {
            char ch = text[k];
            byte type = typeOf(ch);
            if (type == LETTER) {
                int start = k;
                int hash = 0;
                do {
                    hash = TokenCache.hash(hash, text[k]);
                    k++;
                } while (k < length && continuesWord(text[k]));
                int[] word = tokenCache.get(text, start, k, hash);
                if (word != null) {
                    add(ItemKind.RARE_WORD, word[0], word[1]);
                }
            } else if (type == DIGIT) {
                int start = k;
                while (k < length && typeOf(text[k]) == DIGIT) {
                    k++;
                }
                add(ItemKind.NUMBER, numberId(text, start, k), NO_ID);
            } else {
                if (type == MARK) {
                    char mark = markOf(ch);
                    add(ItemKind.PUNCTUATION, markId(mark, "p", mark), NO_ID);
                }
                k++;
            }
        }
        char last = lastMark(text, length);
        if (last != 0) {
            add(ItemKind.PUNCTUATION, markId(128 + last, "f", last), NO_ID);
        }
    }

    private int numberId(char[] text, int start, int end) {
        return vocabulary.id("#" + digits(text, start, end));
    }

    private int markId(int slot, String prefix, char mark) {
        int id = markIds[slot] - 1;
        return id >= 0 ? id : internMark(slot, prefix, mark);
    }

    /** The first time of a mark, kept out of {@link #markId} so the JIT does not inline a string concatenation. */
    private int internMark(int slot, String prefix, char mark) {
        markIds[slot] = vocabulary.id(prefix + mark) + 1;
        return markIds[slot] - 1;
    }

    /**
     * What a character starts: a number, a word, a mark, or nothing. Latin-1 characters (nearly all of a European
     * text) come from a table; the scan loop then stays small, which is what the JIT compiles quickly.
     */
    private static byte typeOf(char ch) {
        return ch < LATIN1.length ? LATIN1[ch] : typeOfAny(ch);
    }

    private static byte typeOfAny(char ch) {
        if (Character.isDigit(ch)) {
            return DIGIT;
        }
        if (Character.isLetter(ch) || Character.isSurrogate(ch)) {
            return LETTER;
        }
        return markOfAny(ch) != 0 ? MARK : OTHER;
    }

    /** Letters, surrogates and non-spacing marks continue a word. */
    private static boolean continuesWord(char ch) {
        if (ch < LATIN1.length) {
            return LATIN1[ch] == LETTER;
        }
        return Character.isLetter(ch) || Character.isSurrogate(ch)
                || Character.getType(ch) == Character.NON_SPACING_MARK;
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

    private static String digits(char[] text, int start, int end) {
        StringBuilder digits = new StringBuilder(end - start);
        for (int k = start; k < end; k++) {
            int digit = Character.digit(text[k], 10);
            if (digits.isEmpty() && digit == 0 && k + 1 < end) {
                continue;
            }
            digits.append((char) ('0' + Math.max(0, digit)));
        }
        return digits.toString();
    }

    /** The mark an inner character stands for, after folding full-width and typographic variants; 0 if none. */
    private static char markOf(char ch) {
        return ch < LATIN1_MARKS.length ? LATIN1_MARKS[ch] : markOfAny(ch);
    }

    private static char markOfAny(char ch) {
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

    private static char lastMark(char[] text, int length) {
        for (int k = length - 1; k >= 0; k--) {
            char ch = text[k];
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
