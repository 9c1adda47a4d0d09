package org.parallax.core.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard Parallax aligner: length and lexical evidence in three passes, after the scheme of
 * R. C. Moore, "Fast and Accurate Sentence Alignment of Bilingual Corpora" (AMTA 2002):
 * <ol>
 *   <li>length only (Gale &amp; Church 1993, ratio from the pair), coarse-to-fine; this fixes the search band
 *       and gives the 1-1 beads from which the length variance and the item match rates are estimated;</li>
 *   <li>length plus lexical items (numbers, marks, cognates, the caller's lexicon), in the same band;</li>
 *   <li>as 2, with an IBM Model 1 lexicon learned from the confident 1-1 beads of pass 2, in a narrow band
 *       around pass 2; bead confidences are the posteriors of this pass.</li>
 * </ol>
 * Confidence calibration: posteriors are taken at {@link #TEMPERATURE} &gt; 1 because the naive-Bayes item
 * charges overstate the evidence (items are not independent); see docs/benchmarks.md for the check.
 */
final class EvidenceAligner implements Aligner {

    /** Weight of the lexical log-likelihood ratio against length and priors. */
    static final double LEXICAL_WEIGHT = 1.0;
    static final double TEMPERATURE = 1.0;
    static final int REFINE_WIDTH = 6;

    @Override
    public Alignment align(AlignmentInput input) {
        List<BeadType> types = BeadTypes.EXTENDED;
        int n = input.source().size();
        int m = input.target().size();
        double[] sourceLengths = Paths.lengths(input.source());
        double[] targetLengths = Paths.lengths(input.target());
        double ratio = Paths.lengthRatio(sourceLengths, targetLengths);
        Band band = CoarseToFine.band(sourceLengths, targetLengths, ratio, LengthCost.PUBLISHED_VARIANCE);
        List<BandedSearch.Step> lengthPath = new BandedSearch(band, BeadTypes.GALE_CHURCH,
                new LengthCost(sourceLengths, targetLengths, ratio, LengthCost.PUBLISHED_VARIANCE)).bestPath();
        double variance = Paths.lengthVariance(lengthPath, sourceLengths, targetLengths, ratio);
        LengthCost lengthCost = new LengthCost(sourceLengths, targetLengths, ratio, variance, false);
        if (System.getenv("PARALLAX_DEBUG") != null) System.err.println("ratio " + ratio + " variance " + variance);

        List<List<Item>> sourceItemLists = SideItems.extract(input.source());
        List<List<Item>> targetItemLists = SideItems.extract(input.target());
        Map<String, Integer> keys = new HashMap<>();
        SideItems target = SideItems.target(targetItemLists, keys);
        SideItems source = SideItems.source(sourceItemLists, keys, input.lexicon());
        MatchRates rates = MatchRates.estimate(lengthPath, source, target);
        LexicalCost lexical = new LexicalCost(source, target, rates, band, LEXICAL_WEIGHT);
        List<BandedSearch.Step> lexicalPath = new BandedSearch(band, types, lengthCost.plus(lexical)).bestPath();

        Lexicon learned = learnLexicon(lexicalPath, lexical, sourceItemLists, targetItemLists);
        SideItems sourceWithLearned = SideItems.source(sourceItemLists, keys, union(input.lexicon(), learned));
        MatchRates refinedRates = MatchRates.estimate(lexicalPath, sourceWithLearned, target);
        Band narrow = (long) (n + 1) * (m + 1) <= CoarseToFine.FULL_SEARCH_CELLS ? band
                : CoarseToFine.around(lexicalPath, n, m, REFINE_WIDTH);
        LexicalCost refined = new LexicalCost(sourceWithLearned, target, refinedRates, narrow, LEXICAL_WEIGHT);
        List<BandedSearch.Step> path = new BandedSearch(narrow, types, lengthCost.plus(refined))
                .bestPathWithPosteriors(TEMPERATURE);
        return Paths.toAlignment(path);
    }

    /** Model 1 on the 1-1 beads of the path that have lexical support and 1-1 neighbours (likely right). */
    private static Lexicon learnLexicon(List<BandedSearch.Step> path, LexicalCost lexical,
                                        List<List<Item>> sourceItems, List<List<Item>> targetItems) {
        List<List<String>> sources = new ArrayList<>();
        List<List<String>> targets = new ArrayList<>();
        for (int k = 1; k + 1 < path.size(); k++) {
            BandedSearch.Step step = path.get(k);
            if (isOneToOne(step) && isOneToOne(path.get(k - 1)) && isOneToOne(path.get(k + 1))
                    && lexical.cost(step.i(), 1, step.j(), 1) < 0) {
                sources.add(words(sourceItems.get(step.i())));
                targets.add(words(targetItems.get(step.j())));
            }
        }
        return sources.isEmpty() ? Lexicon.EMPTY : Model1.train(sources, targets);
    }

    private static boolean isOneToOne(BandedSearch.Step step) {
        return step.a() == 1 && step.b() == 1;
    }

    private static List<String> words(List<Item> items) {
        List<String> words = new ArrayList<>();
        for (Item item : items) {
            if (item.word() != null) {
                words.add(item.word());
            }
        }
        return words;
    }

    private static Lexicon union(Lexicon first, Lexicon second) {
        return word -> {
            Set<String> a = first.translationsOf(word);
            Set<String> b = second.translationsOf(word);
            if (a.isEmpty()) {
                return b;
            }
            if (b.isEmpty()) {
                return a;
            }
            Set<String> both = new HashSet<>(a);
            both.addAll(b);
            return both;
        };
    }
}
