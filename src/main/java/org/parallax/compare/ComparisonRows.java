package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parallax.compare.ComparisonCell.Highlight;
import org.parallax.core.compare.SentenceRange;
import org.parallax.core.compare.WordChange;
import org.parallax.core.compare.WordDiff;
import org.parallax.core.compare.WordDiffer;

/**
 * Builds one row of a comparison from each version's sentences in it. Words are compared only within a language:
 * each version with the pivot's language against the pivot, and a version in another language against the first
 * earlier version of its own language, if any. A row's variation is the mean {@link WordDiff#variation()} of those
 * comparisons; where no two versions share a language it is the share of other versions whose sentences do not
 * map one to one onto the pivot's (a gap or a merge), so a heat strip of a multilingual comparison still shows where
 * the structure diverges. A gap always counts as full variation.
 */
final class ComparisonRows {

    private final WordDiffer differ = new WordDiffer();

    /**
     * @param ranges    each version's sentences in this row, pivot first
     * @param sentences each version's sentences
     * @param languages each version's language tag
     */
    ComparisonRow row(int index, List<SentenceRange> ranges, List<List<String>> sentences, List<String> languages) {
        int n = ranges.size();
        List<String> texts = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            SentenceRange range = ranges.get(v);
            texts.add(String.join(" ", sentences.get(v).subList(range.start(), range.end())));
        }
        List<List<Highlight>> highlights = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            highlights.add(new ArrayList<>());
        }
        boolean[] highlighted = new boolean[n];
        double variationSum = 0;
        int diffs = 0;
        boolean gap = false;
        for (int v = 1; v < n; v++) {
            gap |= ranges.get(v).isEmpty() != ranges.get(0).isEmpty();
            int reference = referenceOf(v, languages);
            if (reference < 0) {
                continue;
            }
            WordDiff diff = differ.compare(texts.get(reference), texts.get(v));
            variationSum += diff.variation();
            diffs++;
            for (WordChange change : diff.differences()) {
                if (change.right().length() > 0) {
                    highlights.get(v).add(new Highlight(change.right(), change.kind()));
                }
                if (!highlighted[reference] && change.left().length() > 0) {
                    highlights.get(reference).add(new Highlight(change.left(), change.kind()));
                }
            }
            highlighted[reference] = true;
            highlighted[v] = true;
        }
        double variation = gap ? 1.0 : diffs > 0 ? variationSum / diffs : structuralVariation(ranges);
        List<ComparisonCell> cells = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            List<Highlight> ordered = highlights.get(v).stream()
                    .sorted(Comparator.comparingInt(h -> h.span().start())).toList();
            cells.add(new ComparisonCell(ranges.get(v), texts.get(v), ordered));
        }
        return new ComparisonRow(index, cells, variation);
    }

    /** The pivot if version {@code v} shares its language, else the first earlier version that does, else -1. */
    private static int referenceOf(int v, List<String> languages) {
        for (int r = 0; r < v; r++) {
            if (languages.get(r).equals(languages.get(v))) {
                return r;
            }
        }
        return -1;
    }

    private static double structuralVariation(List<SentenceRange> ranges) {
        int pivotSize = ranges.getFirst().size();
        long differing = ranges.stream().skip(1).filter(r -> r.size() != pivotSize).count();
        return (double) differing / (ranges.size() - 1);
    }
}
