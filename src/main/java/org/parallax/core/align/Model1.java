package org.parallax.core.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A translation lexicon learned from the document pair itself with IBM Model 1 (Brown et al., "The
 * Mathematics of Statistical Machine Translation", Computational Linguistics 19(2), 1993), trained by EM on
 * the confident 1-1 beads of a first alignment pass, as in R. C. Moore, "Fast and Accurate Sentence
 * Alignment of Bilingual Corpora" (AMTA 2002). Only word pairs that co-occur at least twice and reach
 * translation probability {@value #THRESHOLD} are kept, which drops the garbage-collector links of rare words.
 */
final class Model1 {

    static final double THRESHOLD = 0.2;
    static final int ITERATIONS = 5;
    static final int MAX_TRAINING_PAIRS = 3000;
    private static final int MAX_TRANSLATIONS = 3;

    private Model1() {
    }

    /**
     * Trains on pairs of word lists (source words, target words); returns a lexicon of source word to
     * likely target words.
     */
    static Lexicon train(List<List<String>> sourceSides, List<List<String>> targetSides) {
        Map<String, Integer> sourceIds = new HashMap<>();
        Map<String, Integer> targetIds = new HashMap<>();
        Map<Long, Integer> pairIds = new HashMap<>();
        List<int[]> sentencePairs = new ArrayList<>();
        List<int[]> sentenceSources = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        List<Integer> cooccurrence = new ArrayList<>();
        int step = Math.max(1, sourceSides.size() / MAX_TRAINING_PAIRS);
        for (int p = 0; p < sourceSides.size(); p += step) {
            List<String> sources = new ArrayList<>(sourceSides.get(p));
            sources.add("");
            List<String> targets = targetSides.get(p);
            if (targets.isEmpty()) {
                continue;
            }
            int[] cells = new int[sources.size() * targets.size()];
            int[] sourceOfCell = new int[cells.length];
            int c = 0;
            for (String target : targets) {
                int t = targetIds.computeIfAbsent(target, k -> targetIds.size());
                for (String source : sources) {
                    int s = sourceIds.computeIfAbsent(source, k -> sourceIds.size());
                    Integer id = pairIds.get((long) s << 32 | t);
                    if (id == null) {
                        id = pairIds.size();
                        pairIds.put((long) s << 32 | t, id);
                        cooccurrence.add(0);
                    }
                    cooccurrence.set(id, cooccurrence.get(id) + 1);
                    sourceOfCell[c] = s;
                    cells[c++] = id;
                }
            }
            sentencePairs.add(cells);
            widths.add(sources.size());
            sentenceSources.add(sourceOfCell);
        }
        double[] probability = new double[pairIds.size()];
        java.util.Arrays.fill(probability, 1.0);
        // cells of a sentence pair: for each target word (a row), one cell per source word plus the empty word
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] expected = new double[probability.length];
            double[] sourceTotal = new double[sourceIds.size()];
            for (int p = 0; p < sentencePairs.size(); p++) {
                int[] cells = sentencePairs.get(p);
                int[] sourceOfCell = sentenceSources.get(p);
                int sourcesPerTarget = widths.get(p);
                for (int row = 0; row < cells.length; row += sourcesPerTarget) {
                    double norm = 0;
                    for (int k = row; k < row + sourcesPerTarget; k++) {
                        norm += probability[cells[k]];
                    }
                    for (int k = row; k < row + sourcesPerTarget; k++) {
                        double share = probability[cells[k]] / norm;
                        expected[cells[k]] += share;
                        sourceTotal[sourceOfCell[k]] += share;
                    }
                }
            }
            for (Map.Entry<Long, Integer> pair : pairIds.entrySet()) {
                int s = (int) (pair.getKey() >>> 32);
                probability[pair.getValue()] = expected[pair.getValue()] / sourceTotal[s];
            }
        }
        String[] targetWords = new String[targetIds.size()];
        targetIds.forEach((word, id) -> targetWords[id] = word);
        String[] sourceWords = new String[sourceIds.size()];
        sourceIds.forEach((word, id) -> sourceWords[id] = word);
        Map<String, Set<String>> translations = new HashMap<>();
        for (Map.Entry<Long, Integer> pair : pairIds.entrySet()) {
            int id = pair.getValue();
            String source = sourceWords[(int) (pair.getKey() >>> 32)];
            if (source.isEmpty() || cooccurrence.get(id) < 2 || probability[id] < THRESHOLD) {
                continue;
            }
            Set<String> words = translations.computeIfAbsent(source, k -> new HashSet<>());
            if (words.size() < MAX_TRANSLATIONS) {
                words.add(targetWords[(int) (pair.getKey() & 0xffffffffL)]);
            }
        }
        return word -> translations.getOrDefault(word, Set.of());
    }

}
