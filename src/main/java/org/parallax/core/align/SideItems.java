package org.parallax.core.align;

import java.util.Arrays;
import java.util.List;

/**
 * The lexical items of every segment of one side, encoded for fast matching: at most {@value #MAX_ITEMS} items
 * per segment (numbers first, then marks, rare words, common words), a bit mask per {@link ItemKind}, and per
 * segment a sorted array of {@code key << 6 | item} entries that a merge join compares with the other side.
 * Target entries hold each item's identity key and word id; source entries hold the identity key and the ids
 * of the words the lexicon gives as translations, so a match is "same key" or "listed translation".
 */
final class SideItems {

    static final int MAX_ITEMS = 64;
    static final int KINDS = ItemKind.values().length;

    /** Ids for the words of each segment (word items only), for training a lexicon. */
    final int[][] words;
    private final int[][] keys;
    private final long[] kindMasks;
    final long[][] entries;

    private SideItems(int[][] words, int[][] keys, long[] kindMasks, long[][] entries) {
        this.words = words;
        this.keys = keys;
        this.kindMasks = kindMasks;
        this.entries = entries;
    }

    /**
     * Extracts and ranks the items of all segments; a word is common when it occurs in more than 1% of the
     * segments (and in more than 5). The result has target entries; see {@link #withLexicon} for the source side.
     */
    static SideItems extract(List<String> segments, Vocabulary vocabulary) {
        ItemExtractor extractor = new ItemExtractor(vocabulary);
        int n = segments.size();
        byte[][] kinds = new byte[n][];
        int[][] keys = new int[n][];
        int[][] words = new int[n][];
        // each loop calls a method per segment: the JIT compiles that small method once, where a loop body inlined
        // here was compiled again for every loop it entered while running (on-stack replacement), at several times
        // the cost
        for (int s = 0; s < n; s++) {
            extractor.scan(segments.get(s));
            kinds[s] = extractor.kinds();
            keys[s] = extractor.keys();
            words[s] = extractor.words();
        }
        int[] frequency = new int[vocabulary.size()];
        for (int[] segmentWords : words) {
            count(segmentWords, frequency);
        }
        int commonAbove = Math.max(5, n / 100);
        long[] kindMasks = new long[n * KINDS];
        long[][] entries = new long[n][];
        for (int s = 0; s < n; s++) {
            rank(s, kinds[s], keys, words, frequency, commonAbove, kindMasks);
            entries[s] = targetEntries(keys[s], words[s]);
        }
        return new SideItems(words, keys, kindMasks, entries);
    }

    private static void count(int[] words, int[] frequency) {
        for (int word : words) {
            if (word >= 0) {
                frequency[word]++;
            }
        }
    }

    /**
     * Ranks the items of segment {@code s} by kind (numbers, marks, rare words, common words), keeps the first
     * {@value #MAX_ITEMS}, and sets their bits in the kind masks; {@code keys[s]} and {@code words[s]} are replaced
     * by the ranked items.
     */
    private static void rank(int s, byte[] kind, int[][] keys, int[][] words, int[] frequency, int commonAbove,
                             long[] kindMasks) {
        int count = kind.length;
        for (int k = 0; k < count; k++) {
            if (kind[k] == ItemKind.RARE_WORD.ordinal() && frequency[words[s][k]] > commonAbove) {
                kind[k] = (byte) ItemKind.COMMON_WORD.ordinal();
            }
        }
        int kept = Math.min(count, MAX_ITEMS);
        int[] rankedKeys = new int[kept];
        int[] rankedWords = new int[kept];
        int next = 0;
        for (int rank = 0; rank < KINDS && next < kept; rank++) {
            for (int k = 0; k < count && next < kept; k++) {
                if (kind[k] == rank) {
                    rankedKeys[next] = keys[s][k];
                    rankedWords[next] = words[s][k];
                    kindMasks[s * KINDS + rank] |= 1L << next;
                    next++;
                }
            }
        }
        keys[s] = rankedKeys;
        words[s] = rankedWords;
    }

    /** This side as a source side: identity keys plus the translations of each word. */
    SideItems withLexicon(IdLexicon lexicon) {
        long[][] sourceEntries = new long[keys.length][];
        long[] buffer = new long[256];
        for (int s = 0; s < keys.length; s++) {
            int size = 0;
            for (int k = 0; k < keys[s].length; k++) {
                int[] translations = words[s][k] < 0 ? IdLexicon.NONE : lexicon.translationsOf(words[s][k]);
                if (size + translations.length + 1 > buffer.length) {
                    buffer = Arrays.copyOf(buffer, (size + translations.length + 1) * 2);
                }
                if (keys[s][k] >= 0) {
                    buffer[size++] = (long) keys[s][k] << 6 | k;
                }
                for (int translation : translations) {
                    buffer[size++] = (long) translation << 6 | k;
                }
            }
            sourceEntries[s] = Arrays.copyOf(buffer, size);
            sort(sourceEntries[s]);
        }
        return new SideItems(words, keys, kindMasks, sourceEntries);
    }

    private static long[] targetEntries(int[] keys, int[] words) {
        long[] entries = new long[keys.length * 2];
        int size = 0;
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] >= 0) {
                entries[size++] = (long) keys[k] << 6 | k;
            }
            if (words[k] >= 0) {
                entries[size++] = (long) words[k] << 6 | k;
            }
        }
        long[] sorted = Arrays.copyOf(entries, size);
        sort(sorted);
        return sorted;
    }

    /**
     * Sorts a segment's entries: insertion sort for the usual few dozen. Tens of thousands of short sorts run while the
     * JIT is still cold, and this small loop is compiled long before the JDK's general sort, in which a cold 10k run
     * spent a fifth of its item extraction.
     */
    private static void sort(long[] entries) {
        if (entries.length > 64) {
            Arrays.sort(entries);
            return;
        }
        for (int k = 1; k < entries.length; k++) {
            long entry = entries[k];
            int at = k - 1;
            while (at >= 0 && entries[at] > entry) {
                entries[at + 1] = entries[at];
                at--;
            }
            entries[at + 1] = entry;
        }
    }

    int size() {
        return keys.length;
    }

    long kindMask(int segment, int kind) {
        return kindMasks[segment * KINDS + kind];
    }

    /** The items of a segment that tie it to its translation by themselves: rare words and numbers. */
    long rareMask(int segment) {
        return kindMask(segment, ItemKind.RARE_WORD.ordinal()) | kindMask(segment, ItemKind.NUMBER.ordinal());
    }

    /**
     * How many entries of a segment an item of the given kind on the other side could match by chance: numbers
     * are compared with numbers, marks with marks, words with the word entries (keys and listed translations).
     */
    int comparable(int segment, int kind) {
        int numbers = Long.bitCount(kindMask(segment, ItemKind.NUMBER.ordinal()));
        int marks = Long.bitCount(kindMask(segment, ItemKind.PUNCTUATION.ordinal()));
        if (kind == ItemKind.NUMBER.ordinal()) {
            return numbers;
        }
        if (kind == ItemKind.PUNCTUATION.ordinal()) {
            return marks;
        }
        return entries[segment].length - numbers - marks;
    }

    /** Word ids of a segment's word items. */
    int[] wordsOf(int segment) {
        int[] all = words[segment];
        int[] kept = new int[all.length];
        int count = 0;
        for (int word : all) {
            if (word >= 0) {
                kept[count++] = word;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    /**
     * Which items of source entries {@code a} and target entries {@code b} match: merge join on the key.
     * Writes the source item mask to {@code masks[0]} and the target item mask to {@code masks[1]}.
     */
    static void match(long[] a, long[] b, long[] masks) {
        long maskA = 0;
        long maskB = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            long keyA = a[x] >>> 6;
            long keyB = b[y] >>> 6;
            if (keyA < keyB) {
                x++;
            } else if (keyA > keyB) {
                y++;
            } else {
                while (x < a.length && a[x] >>> 6 == keyA) {
                    maskA |= 1L << (a[x++] & 63);
                }
                while (y < b.length && b[y] >>> 6 == keyB) {
                    maskB |= 1L << (b[y++] & 63);
                }
            }
        }
        masks[0] = maskA;
        masks[1] = maskB;
    }
}
