package org.parallax.core.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns paragraphs first, then the segments inside each aligned group of paragraphs, the two-step scheme of
 * Gale &amp; Church (1993), who aligned paragraphs and then the sentences within aligned paragraphs.
 * <p>Paragraph alignment: the inner aligner on the paragraphs' texts (the segments of a paragraph joined by a
 * space), so paragraph beads get the same length and lexical costs as sentence beads, including n-m beads and
 * 1-0 / 0-1 paragraphs. The paragraph beads are then grouped into regions, and each region is aligned segment
 * by segment on its own. Two consecutive paragraph beads are cut apart only where both are sure: each has
 * confidence at least {@value #SURE} and neither is a null bead. Unsure or null paragraph beads thus stay in
 * one region with their neighbours, and where paragraphing disagrees throughout there is no cut at all: the
 * whole text is aligned segment by segment, as without paragraphs.
 * <p>A cut must then be confirmed by the segments: the segment beads just before and just after it must be sure
 * in the same sense. Otherwise (two versions that break paragraphs one sentence apart, as KJV and Reina-Valera
 * do in Jonah 1:17, leave a 1-0 and a 0-1 bead at the cut) the two regions are aligned again as one.
 * <p>Fallback: when either side has no paragraph breaks, the inner aligner aligns the whole input directly.
 * Fixed anchors are not handled here: wrap this aligner in an {@link AnchoredAligner}, which hands it the
 * stretches between anchors with their paragraph starts.
 * <p>Measured (docs/benchmarks.md, raw mode): slightly worse than aligning the segments directly, because the
 * inner aligner estimates its statistics (length ratio and variance, match rates, Model 1) from each region
 * alone; hence {@link Aligners#paragraphFirst()} is not the default.
 */
final class ParagraphFirstAligner implements Aligner {

    /** A paragraph bead at least this probable may bound a region (a round number, set a priori, not tuned). */
    static final double SURE = 0.9;

    private final Aligner inner;

    ParagraphFirstAligner(Aligner inner) {
        this.inner = inner;
    }

    @Override
    public Alignment align(AlignmentInput input) {
        if (input.sourceParagraphs().isEmpty() || input.targetParagraphs().isEmpty()) {
            return inner.align(input);
        }
        int[] sourceStarts = starts(input.sourceParagraphs(), input.source().size());
        int[] targetStarts = starts(input.targetParagraphs(), input.target().size());
        AlignmentInput paragraphInput = new AlignmentInput(texts(input.source(), sourceStarts),
                texts(input.target(), targetStarts), input.sourceLanguage(), input.targetLanguage(), input.lexicon(),
                List.of());
        List<Bead> paragraphBeads = inner.align(paragraphInput).beads();

        List<int[]> cuts = new ArrayList<>();
        cuts.add(new int[] {0, 0});
        int nextSourceParagraph = 0;
        int nextTargetParagraph = 0;
        for (int k = 0; k < paragraphBeads.size(); k++) {
            Bead bead = paragraphBeads.get(k);
            nextSourceParagraph += bead.source().size();
            nextTargetParagraph += bead.target().size();
            if (k + 1 < paragraphBeads.size() && isSure(bead) && isSure(paragraphBeads.get(k + 1))) {
                cuts.add(new int[] {sourceStarts[nextSourceParagraph], targetStarts[nextTargetParagraph]});
            }
        }
        cuts.add(new int[] {input.source().size(), input.target().size()});
        return alignRegions(input, cuts);
    }

    /**
     * Aligns the regions between consecutive cuts; a cut whose neighbouring segment beads are not both sure is
     * dropped (its two regions are aligned again as one), until every remaining cut is confirmed.
     */
    private Alignment alignRegions(AlignmentInput input, List<int[]> cuts) {
        Map<List<Integer>, List<Bead>> aligned = new HashMap<>();
        while (true) {
            List<List<Bead>> regions = new ArrayList<>();
            for (int r = 0; r + 1 < cuts.size(); r++) {
                int[] from = cuts.get(r);
                int[] to = cuts.get(r + 1);
                regions.add(aligned.computeIfAbsent(List.of(from[0], to[0], from[1], to[1]),
                        key -> alignRegion(input, from[0], to[0], from[1], to[1])));
            }
            List<int[]> confirmed = new ArrayList<>();
            confirmed.add(cuts.getFirst());
            for (int r = 0; r + 1 < regions.size(); r++) {
                if (endsSure(regions.get(r), false) && endsSure(regions.get(r + 1), true)) {
                    confirmed.add(cuts.get(r + 1));
                }
            }
            confirmed.add(cuts.getLast());
            if (confirmed.size() == cuts.size()) {
                List<Bead> beads = new ArrayList<>();
                regions.forEach(beads::addAll);
                return new Alignment(beads).requireCovers(input.source().size(), input.target().size());
            }
            cuts = confirmed;
        }
    }

    private static boolean endsSure(List<Bead> region, boolean first) {
        return !region.isEmpty() && isSure(first ? region.getFirst() : region.getLast());
    }

    private static boolean isSure(Bead paragraphBead) {
        return !paragraphBead.isNull() && paragraphBead.confidence() >= SURE;
    }

    private List<Bead> alignRegion(AlignmentInput input, int s0, int s1, int t0, int t1) {
        List<Bead> beads = new ArrayList<>();
        if (s0 == s1 && t0 == t1) {
            return beads;
        }
        for (Bead bead : inner.align(input.slice(s0, s1, t0, t1)).beads()) {
            beads.add(Bead.of(s0 + (bead.source().isEmpty() ? 0 : bead.source().getFirst()), bead.source().size(),
                    t0 + (bead.target().isEmpty() ? 0 : bead.target().getFirst()), bead.target().size(),
                    bead.confidence()));
        }
        return beads;
    }

    /** First segment of every paragraph, then the segment count: {@code starts[p]} to {@code starts[p + 1]}. */
    private static int[] starts(List<Integer> breaks, int size) {
        int[] starts = new int[breaks.size() + 2];
        for (int p = 0; p < breaks.size(); p++) {
            starts[p + 1] = breaks.get(p);
        }
        starts[starts.length - 1] = size;
        return starts;
    }

    private static List<String> texts(List<String> segments, int[] starts) {
        List<String> texts = new ArrayList<>(starts.length - 1);
        for (int p = 0; p + 1 < starts.length; p++) {
            texts.add(String.join(" ", segments.subList(starts[p], starts[p + 1])));
        }
        return texts;
    }
}
