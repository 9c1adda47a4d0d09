package org.parallax.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns word translations from sentence pairs that are known to be translations of each other (the beads editors
 * approved), with IBM Model 1 (Brown et al., "The Mathematics of Statistical Machine Translation", Computational
 * Linguistics 19(2), 1993), the same {@link Model1} the aligner trains on its own first pass. Words are those the
 * aligner compares ({@link ItemExtractor}: three or more letters, in their {@link WordForms} form), so what is
 * learned here matches what the aligner looks up. A pair is kept when t(target | source) reaches the threshold and
 * the two words co-occur in at least {@code minCount} sentence pairs; at most {@value Model1#MAX_TRANSLATIONS}
 * translations per source word, the most probable first.
 */
public final class LexiconLearner {

    /**
     * The settings used for approved beads. Stricter than the in-document lexicon (0.2, twice): what is learned here
     * is stored and used for other documents, where a wrong pair keeps costing.
     */
    public static final Settings APPROVED = new Settings(0.3, 3, 10_000);

    /**
     * @param threshold lowest translation probability t(target | source) kept
     * @param minCount  fewest sentence pairs in which both words occur
     * @param maxPairs  sentence pairs beyond this are sampled evenly (bounds time and memory)
     */
    public record Settings(double threshold, int minCount, int maxPairs) {
    }

    /**
     * A learned translation.
     *
     * @param sourceWord  normalized ({@link Lexicon}'s form)
     * @param targetWord  normalized
     * @param probability t(target | source) under Model 1
     * @param count       sentence pairs holding both words
     */
    public record LearnedPair(String sourceWord, String targetWord, double probability, int count) {
    }

    private LexiconLearner() {
    }

    /**
     * Learns from parallel texts: {@code sources.get(k)} translates as {@code targets.get(k)}. Returns the kept
     * pairs ordered by source word, then by falling probability; empty if nothing qualifies.
     */
    public static List<LearnedPair> learn(List<String> sources, List<String> targets, Settings settings) {
        if (sources.size() != targets.size()) {
            throw new IllegalArgumentException(sources.size() + " source texts but " + targets.size() + " target texts");
        }
        Vocabulary vocabulary = new Vocabulary();
        ItemExtractor extractor = new ItemExtractor(vocabulary);
        List<int[]> sourceWords = new ArrayList<>(sources.size());
        List<int[]> targetWords = new ArrayList<>(targets.size());
        // sampled here rather than in Model 1, so the words of pairs left out are not even extracted
        int step = Math.max(1, (sources.size() + settings.maxPairs() - 1) / settings.maxPairs());
        for (int k = 0; k < sources.size(); k += step) {
            int[] source = words(extractor, sources.get(k));
            int[] target = words(extractor, targets.get(k));
            if (source.length > 0 && target.length > 0) {
                sourceWords.add(source);
                targetWords.add(target);
            }
        }
        if (sourceWords.isEmpty()) {
            return List.of();
        }
        Model1.Table table = Model1.table(sourceWords, targetWords, vocabulary.size(), settings.maxPairs());
        List<LearnedPair> kept = new ArrayList<>();
        for (int id = 0; id < table.size(); id++) {
            if (table.isConfident(id, settings.threshold(), settings.minCount())) {
                kept.add(new LearnedPair(word(vocabulary, table.source(id)), word(vocabulary, table.target(id)),
                        table.probability()[id], table.cooccurrence()[id]));
            }
        }
        kept.sort(Comparator.comparing(LearnedPair::sourceWord)
                .thenComparing(Comparator.comparingDouble(LearnedPair::probability).reversed())
                .thenComparing(LearnedPair::targetWord));
        List<LearnedPair> result = new ArrayList<>(kept.size());
        int ofThisWord = 0;
        for (int k = 0; k < kept.size(); k++) {
            boolean sameWord = k > 0 && kept.get(k).sourceWord().equals(kept.get(k - 1).sourceWord());
            ofThisWord = sameWord ? ofThisWord + 1 : 0;
            if (ofThisWord < Model1.MAX_TRANSLATIONS) {
                result.add(kept.get(k));
            }
        }
        return result;
    }

    /** A word in the form learned pairs hold it ("Дом" → "dom"), to look one up. */
    public static String wordForm(String word) {
        return WordForms.normalize(word);
    }

    /** The pairs as a lexicon; their words are already in the lexicon's form, so they are taken as they are. */
    public static Lexicon lexiconOf(Collection<LearnedPair> pairs) {
        Map<String, Set<String>> translations = new HashMap<>();
        for (LearnedPair pair : pairs) {
            translations.computeIfAbsent(pair.sourceWord(), k -> new HashSet<>()).add(pair.targetWord());
        }
        return word -> translations.getOrDefault(word, Set.of());
    }

    private static int[] words(ItemExtractor extractor, String text) {
        extractor.scan(text);
        return Arrays.stream(extractor.words()).filter(word -> word != ItemExtractor.NO_ID).toArray();
    }

    /** Word ids stand for "w" + the word's form (see {@link ItemExtractor}). */
    private static String word(Vocabulary vocabulary, int id) {
        return vocabulary.text(id).substring(1);
    }
}
