package org.parallax.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A translation lexicon learned from the document pair itself with IBM Model 1 (Brown et al., "The
 * Mathematics of Statistical Machine Translation", Computational Linguistics 19(2), 1993), trained by EM on
 * the confident 1-1 beads of an earlier pass, as in R. C. Moore, "Fast and Accurate Sentence Alignment of
 * Bilingual Corpora" (AMTA 2002). Only word pairs that co-occur at least twice and reach translation
 * probability {@value #THRESHOLD} are kept, which drops most of the spurious links of rare words.
 */
final class Model1 {

    static final double THRESHOLD = 0.2;
    static final int ITERATIONS = 5;
    /** Training pairs are sampled evenly down to this many; enough to learn a document's vocabulary. */
    static final int MAX_TRAINING_PAIRS = 2000;
    static final int MAX_TRANSLATIONS = 3;
    private static final int NULL_WORD = -1;

    private Model1() {
    }

    /** Trains on parallel word-id lists; returns source word id to likely target word ids. */
    static IdLexicon train(List<int[]> sourceSides, List<int[]> targetSides, int vocabularySize) {
        return table(sourceSides, targetSides, vocabularySize, MAX_TRAINING_PAIRS).lexicon(THRESHOLD, 2, vocabularySize);
    }

    /**
     * The trained translation table: every co-occurring (source, target) word pair with its probability
     * t(target | source) after {@value #ITERATIONS} EM iterations and its co-occurrence count (sentence pairs
     * holding both). Sentence pairs beyond {@code maxPairs} are sampled evenly.
     */
    static Table table(List<int[]> sourceSides, List<int[]> targetSides, int vocabularySize, int maxPairs) {
        LongIntMap pairIds = new LongIntMap();
        List<int[]> sentenceCells = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        int[] cooccurrence = new int[1024];
        long[] pairKeys = new long[1024];
        int step = Math.max(1, (sourceSides.size() + maxPairs - 1) / maxPairs);
        for (int p = 0; p < sourceSides.size(); p += step) {
            int[] sources = Arrays.copyOf(sourceSides.get(p), sourceSides.get(p).length + 1);
            sources[sources.length - 1] = NULL_WORD;
            int[] targets = targetSides.get(p);
            if (targets.length == 0) {
                continue;
            }
            // cells of a sentence pair: for each target word (a row), one cell per source word and the empty word
            int[] cells = new int[sources.length * targets.length];
            int c = 0;
            for (int target : targets) {
                for (int source : sources) {
                    long key = (long) (source + 1) << 32 | target;
                    int id = pairIds.getOrAdd(key);
                    if (id == cooccurrence.length) {
                        cooccurrence = Arrays.copyOf(cooccurrence, id * 2);
                        pairKeys = Arrays.copyOf(pairKeys, id * 2);
                    }
                    cooccurrence[id]++;
                    pairKeys[id] = key;
                    cells[c++] = id;
                }
            }
            sentenceCells.add(cells);
            widths.add(sources.length);
        }
        int pairs = pairIds.size();
        double[] probability = new double[pairs];
        Arrays.fill(probability, 1.0);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] expected = new double[pairs];
            double[] sourceTotal = new double[vocabularySize + 1];
            for (int p = 0; p < sentenceCells.size(); p++) {
                int[] cells = sentenceCells.get(p);
                int width = widths.get(p);
                for (int row = 0; row < cells.length; row += width) {
                    double norm = 0;
                    for (int k = row; k < row + width; k++) {
                        norm += probability[cells[k]];
                    }
                    for (int k = row; k < row + width; k++) {
                        double share = probability[cells[k]] / norm;
                        expected[cells[k]] += share;
                        sourceTotal[(int) (pairKeys[cells[k]] >>> 32)] += share;
                    }
                }
            }
            for (int id = 0; id < pairs; id++) {
                probability[id] = expected[id] / sourceTotal[(int) (pairKeys[id] >>> 32)];
            }
        }
        return new Table(pairKeys, probability, cooccurrence, pairs);
    }

    /**
     * A trained table; pair {@code id} in {@code [0, size)} links {@link #source} to {@link #target}.
     * Pairs with the empty word have source {@value #NULL_WORD}.
     */
    record Table(long[] pairKeys, double[] probability, int[] cooccurrence, int size) {

        int source(int id) {
            return (int) (pairKeys[id] >>> 32) - 1;
        }

        int target(int id) {
            return (int) pairKeys[id];
        }

        /** Whether the pair is a word pair that co-occurs at least {@code minCount} times at probability {@code threshold}. */
        boolean isConfident(int id, double threshold, int minCount) {
            return source(id) != NULL_WORD && cooccurrence[id] >= minCount && probability[id] >= threshold;
        }

        /** Source word id to at most {@value #MAX_TRANSLATIONS} confident target word ids, in order of first appearance. */
        IdLexicon lexicon(double threshold, int minCount, int vocabularySize) {
            int[][] translations = new int[vocabularySize][];
            for (int id = 0; id < size; id++) {
                if (!isConfident(id, threshold, minCount)) {
                    continue;
                }
                int source = source(id);
                int[] known = translations[source] == null ? IdLexicon.NONE : translations[source];
                if (known.length < MAX_TRANSLATIONS) {
                    translations[source] = Arrays.copyOf(known, known.length + 1);
                    translations[source][known.length] = target(id);
                }
            }
            return word -> word < translations.length && translations[word] != null ? translations[word] : IdLexicon.NONE;
        }
    }

    /** Open-addressing map from long keys to dense ids 0, 1, 2, ... in order of first appearance. */
    private static final class LongIntMap {
        private long[] keys = new long[1 << 12];
        private int[] values = new int[1 << 12];
        private int size;

        int getOrAdd(long key) {
            long stored = key + 1;
            int mask = keys.length - 1;
            int slot = (int) (mix(key) & mask);
            while (keys[slot] != 0) {
                if (keys[slot] == stored) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = stored;
            values[slot] = size;
            if (++size * 2 > keys.length) {
                grow();
            }
            return size - 1;
        }

        int size() {
            return size;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldKeys[k] != 0) {
                    int slot = (int) (mix(oldKeys[k] - 1) & mask);
                    while (keys[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[k];
                    values[slot] = oldValues[k];
                }
            }
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }
    }
}
