package org.parallax.core.align;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding where a path has lost the translation, on Mark in the KJV and Reina-Valera 1909 (naturally 1-1). */
class UnsupportedStretchesTest {

    private static final List<String> KJV = EvalSets.lines("eval/public/bible-mark-kjv-rv1909/src.txt");
    private static final List<String> RV = EvalSets.lines("eval/public/bible-mark-kjv-rv1909/tgt.txt");

    private final Vocabulary vocabulary = new Vocabulary();
    private final SideItems target = SideItems.extract(RV, vocabulary);
    private final SideItems source = SideItems.extract(KJV, vocabulary).withLexicon(IdLexicon.EMPTY);

    @Test
    void shouldFindNothingOnTheRightPath() {
        List<BandedSearch.Step> path = new ArrayList<>();
        oneToOne(path, 0, KJV.size(), 0);

        assertThat(UnsupportedStretches.of(path, source, target)).isEmpty();
    }

    @Test
    void shouldFindTheStretchWhereThePathPairsEachVerseWithOneFortyVersesOn() {
        List<BandedSearch.Step> path = new ArrayList<>();
        oneToOne(path, 0, 200, 0);
        for (int j = 200; j < 240; j++) {
            path.add(new BandedSearch.Step(200, 0, j, 1, Double.NaN));
        }
        oneToOne(path, 200, 360, 40);
        for (int i = 360; i < 400; i++) {
            path.add(new BandedSearch.Step(i, 1, 400, 0, Double.NaN));
        }
        oneToOne(path, 400, KJV.size(), 0);

        List<UnsupportedStretches.Stretch> stretches = UnsupportedStretches.of(path, source, target);

        assertThat(stretches).hasSize(1);
        assertThat(stretches.getFirst().firstRow()).as("a few unsupported beads before it may start the stretch")
                .isBetween(185, 215);
        assertThat(stretches.getFirst().lastRow()).as("or a few after it end the stretch").isBetween(345, 410);
    }

    @Test
    void shouldFindWhereAPathRunsAlongTheInnerEdgeOfItsBand() {
        int[] diagonal = java.util.stream.IntStream.rangeClosed(0, 100).toArray();
        Band band = Band.around(diagonal, diagonal, 100, 100, 3);
        assertThat(band.lo(50)).as("rows reach from the path's previous corner less 3").isEqualTo(46);
        List<BandedSearch.Step> path = new ArrayList<>();
        oneToOne(path, 0, 40, 0);
        for (int i = 40; i < 44; i++) {
            path.add(new BandedSearch.Step(i, 1, 40, 0, Double.NaN));
        }
        oneToOne(path, 44, 60, -4);
        for (int j = 56; j < 60; j++) {
            path.add(new BandedSearch.Step(60, 0, j, 1, Double.NaN));
        }
        oneToOne(path, 60, 100, 0);

        assertThat(UnsupportedStretches.onInnerEdge(path, band))
                .containsExactly(new UnsupportedStretches.Stretch(44, 60));
    }

    /** 1-1 beads for source rows {@code [from, to)}, each with the target {@code offset} rows on. */
    private static void oneToOne(List<BandedSearch.Step> path, int from, int to, int offset) {
        for (int i = from; i < to; i++) {
            path.add(new BandedSearch.Step(i, 1, i + offset, 1, Double.NaN));
        }
    }
}
