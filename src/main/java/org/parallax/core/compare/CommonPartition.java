package org.parallax.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.parallax.core.review.BeadRange;

/**
 * The rows of a comparison through a pivot: the coarsest partition of the pivot's sentences such that every row
 * holds whole beads of every alignment to the pivot. A row boundary is a pivot sentence boundary at which every
 * alignment has a bead boundary; where one version merges pivot sentences that another keeps apart, the row takes
 * the union. A bead with no pivot sentence (a sentence only the other version has) joins the row that starts at its
 * position, or the last row if it comes after all pivot sentences.
 */
public final class CommonPartition {

    private CommonPartition() {
    }

    /** One row: the pivot's sentences, then each other version's, in the order the alignments were given. */
    public record Row(SentenceRange pivot, List<SentenceRange> others) {

        public Row {
            others = List.copyOf(others);
        }
    }

    /**
     * @param pivotSentences how many sentences the pivot has
     * @param alignments     per other version, its beads with the pivot as the <em>source</em> side; each must cover
     *                       both sides contiguously in order, as a stored alignment does
     */
    public static List<Row> of(int pivotSentences, List<List<BeadRange>> alignments) {
        TreeSet<Integer> boundaries = new TreeSet<>();
        for (int i = 1; i < pivotSentences; i++) {
            boundaries.add(i);
        }
        for (List<BeadRange> beads : alignments) {
            boundaries.retainAll(boundariesOf(beads));
        }
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        cuts.addAll(boundaries);
        cuts.add(pivotSentences);

        List<Row> rows = new ArrayList<>();
        for (int r = 0; r + 1 < cuts.size(); r++) {
            int start = cuts.get(r);
            int end = cuts.get(r + 1);
            boolean last = r + 2 == cuts.size();
            List<SentenceRange> others = new ArrayList<>();
            for (List<BeadRange> beads : alignments) {
                others.add(otherSide(beads, start, end, last));
            }
            rows.add(new Row(new SentenceRange(start, end), others));
        }
        return rows;
    }

    private static TreeSet<Integer> boundariesOf(List<BeadRange> beads) {
        TreeSet<Integer> ends = new TreeSet<>();
        beads.forEach(b -> ends.add(b.sourceEnd()));
        return ends;
    }

    /** The other version's sentences in beads whose pivot sentences lie in {@code [start, end)}. */
    private static SentenceRange otherSide(List<BeadRange> beads, int start, int end, boolean last) {
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (BeadRange bead : beads) {
            boolean inRow = bead.sourceSize() > 0
                    ? bead.sourceStart() >= start && bead.sourceEnd() <= end
                    : bead.sourceStart() >= start && (bead.sourceStart() < end || last);
            if (inRow) {
                from = Math.min(from, bead.targetStart());
                to = Math.max(to, bead.targetEnd());
            }
        }
        if (from > to) {
            return new SentenceRange(0, 0);
        }
        return new SentenceRange(from, to);
    }
}
