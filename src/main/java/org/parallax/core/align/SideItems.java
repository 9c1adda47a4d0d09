package org.parallax.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of every segment of one side, encoded for fast matching: at most {@value #MAX_ITEMS} items per
 * segment (numbers first, then marks, rare words, common words), a bit mask per item kind, and a sorted array
 * of {@code key << 6 | item} entries that a merge join compares with the other side.
 */
final class SideItems {

    static final int MAX_ITEMS = 64;
    static final int KINDS = Item.Kind.values().length;

    final List<List<Item>> items;
    final long[] kindMasks;
    final long[][] entries;

    private SideItems(List<List<Item>> items, long[][] entries) {
        this.items = items;
        this.entries = entries;
        this.kindMasks = new long[items.size() * KINDS];
        for (int s = 0; s < items.size(); s++) {
            List<Item> segment = items.get(s);
            for (int k = 0; k < segment.size(); k++) {
                kindMasks[s * KINDS + segment.get(k).kind().ordinal()] |= 1L << k;
            }
        }
    }

    /** Extracts and ranks the items of all segments; a word is common when it occurs in more than 1% of them. */
    static List<List<Item>> extract(List<String> segments) {
        ItemExtractor extractor = new ItemExtractor();
        List<List<Item>> raw = new ArrayList<>(segments.size());
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String segment : segments) {
            List<Item> items = extractor.itemsOf(segment);
            raw.add(items);
            for (Item item : items) {
                if (item.word() != null) {
                    documentFrequency.merge(item.word(), 1, Integer::sum);
                }
            }
        }
        int commonAbove = Math.max(5, segments.size() / 100);
        List<List<Item>> ranked = new ArrayList<>(raw.size());
        for (List<Item> items : raw) {
            List<Item> classified = new ArrayList<>(items.size());
            for (Item item : items) {
                boolean common = item.word() != null && documentFrequency.get(item.word()) > commonAbove;
                classified.add(common ? new Item(Item.Kind.COMMON_WORD, item.identityKey(), item.word()) : item);
            }
            classified.sort(Comparator.comparing(Item::kind));
            ranked.add(List.copyOf(classified.subList(0, Math.min(MAX_ITEMS, classified.size()))));
        }
        return ranked;
    }

    /** Target side: each item offers its identity key and its word. */
    static SideItems target(List<List<Item>> items, Map<String, Integer> keys) {
        long[][] entries = new long[items.size()][];
        for (int s = 0; s < items.size(); s++) {
            List<Long> list = new ArrayList<>();
            List<Item> segment = items.get(s);
            for (int k = 0; k < segment.size(); k++) {
                Item item = segment.get(k);
                add(list, keys, item.identityKey(), k);
                add(list, keys, item.word() == null ? null : "w" + item.word(), k);
            }
            entries[s] = sorted(list);
        }
        return new SideItems(items, entries);
    }

    /** Source side: each item seeks its identity key and the lexicon's translations of its word. */
    static SideItems source(List<List<Item>> items, Map<String, Integer> keys, Lexicon lexicon) {
        long[][] entries = new long[items.size()][];
        for (int s = 0; s < items.size(); s++) {
            List<Long> list = new ArrayList<>();
            List<Item> segment = items.get(s);
            for (int k = 0; k < segment.size(); k++) {
                Item item = segment.get(k);
                add(list, keys, item.identityKey(), k);
                if (item.word() != null) {
                    for (String translation : lexicon.translationsOf(item.word())) {
                        Integer key = keys.get("w" + translation);
                        if (key != null) {
                            list.add((long) key << 6 | k);
                        }
                    }
                }
            }
            entries[s] = sorted(list);
        }
        return new SideItems(items, entries);
    }

    int size() {
        return items.size();
    }

    long kindMask(int segment, int kind) {
        return kindMasks[segment * KINDS + kind];
    }

    private static void add(List<Long> list, Map<String, Integer> keys, String key, int item) {
        if (key != null) {
            int id = keys.computeIfAbsent(key, k -> keys.size());
            list.add((long) id << 6 | item);
        }
    }

    private static long[] sorted(List<Long> list) {
        long[] array = new long[list.size()];
        for (int k = 0; k < array.length; k++) {
            array[k] = list.get(k);
        }
        Arrays.sort(array);
        return array;
    }

    /**
     * Which items of source segment entries {@code a} and target entries {@code b} match: merge join on the key.
     * Returns the source item mask and the target item mask.
     */
    static long[] match(long[] a, long[] b) {
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
        return new long[] {maskA, maskB};
    }
}
