package org.parallax.core.align;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Block anchors for a path lost almost everywhere: Mark four times over in the KJV against the Reina-Valera 1909
 * with {@value #LEFT_OUT} verses of the second copy left out, and the path a length-only search gives such a text,
 * which spreads the shortfall evenly over the whole of it.
 */
class BlockAnchorsTest {

    private static final int LEFT_OUT = 400;
    private static final List<String> KJV = EvalSets.lines("eval/public/bible-mark-kjv-rv1909/src.txt");
    private static final List<String> RV = EvalSets.lines("eval/public/bible-mark-kjv-rv1909/tgt.txt");

    @Test
    void shouldAnchorWhereTheTranslationReallyIsNotWhereThePathSpreadTheGap() {
        int omitFrom = KJV.size() + 100;
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int copy = 0; copy < 4; copy++) {
            source.addAll(KJV);
        }
        for (int i = 0; i < source.size(); i++) {
            if (i < omitFrom || i >= omitFrom + LEFT_OUT) {
                target.add(RV.get(i % RV.size()));
            }
        }
        Vocabulary vocabulary = new Vocabulary();
        SideItems targetItems = SideItems.extract(target, vocabulary);
        SideItems sourceItems = SideItems.extract(source, vocabulary).withLexicon(IdLexicon.EMPTY);

        List<BlockAnchors.Anchor> anchors = BlockAnchors.of(spreadPath(source.size(), target.size()), sourceItems,
                targetItems);

        int right = 0;
        for (BlockAnchors.Anchor anchor : anchors) {
            int truth = anchor.i() < omitFrom ? anchor.i() : anchor.i() - LEFT_OUT;
            right += Math.abs(anchor.j() - truth) <= BlockAnchors.BLOCK ? 1 : 0;
        }
        assertThat(anchors).hasSizeGreaterThan(50);
        assertThat(right).as("anchors within a block of the true alignment").isGreaterThan(anchors.size() * 9 / 10);
        assertThat(anchors.stream().filter(anchor -> anchor.i() >= omitFrom + LEFT_OUT).count())
                .as("anchors past the gap, where the path is furthest off").isGreaterThan(20);
    }

    /** 1-1 beads, with a 1-0 bead wherever the target has fallen a segment behind the proportional diagonal. */
    private static List<BandedSearch.Step> spreadPath(int n, int m) {
        List<BandedSearch.Step> path = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < n; i++) {
            boolean behind = (long) (i + 1) * m / n <= j || j == m;
            path.add(new BandedSearch.Step(i, 1, j, behind ? 0 : 1, Double.NaN));
            j += behind ? 0 : 1;
        }
        return path;
    }
}
