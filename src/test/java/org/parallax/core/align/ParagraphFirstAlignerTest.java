package org.parallax.core.align;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paragraphs first, then segments inside paragraph groups. The mechanics are checked by hand with a stand-in
 * inner aligner whose output is obvious ({@link Diagonal}); the last test runs the real aligner on a real
 * paragraph mismatch (KJV and Reina-Valera start Jonah 2 one verse apart).
 */
class ParagraphFirstAlignerTest {

    private final Diagonal diagonal = new Diagonal();
    private final Aligner aligner = new ParagraphFirstAligner(diagonal);

    @Test
    void shouldAlignParagraphsFirstThenSegmentsInsideEachParagraphPair() {
        // paragraphs (a0 a1 | a2 a3) and (b0 b1 b2 | b3 b4): the paragraph pairs are sure, so the regions are
        // [a0 a1] x [b0 b1 b2] and [a2 a3] x [b3 b4]; aligned as one region the stand-in would give [3]:[3,4]
        AlignmentInput input = input(5, 4, 2, 3);

        assertThat(AlignerContractTest.beads(aligner.align(input)))
                .containsExactly("[0]:[0]", "[1]:[1,2]", "[2]:[3]", "[3]:[4]");
        assertThat(diagonal.calls).extracting(AlignmentInput::source).containsExactly(
                List.of("a0 a1", "a2 a3"), List.of("a0", "a1"), List.of("a2", "a3"));
        assertThat(diagonal.calls.get(1).target()).containsExactly("b0", "b1", "b2");
    }

    @Test
    void shouldAlignAcrossParagraphsWhoseAlignmentIsUnsure() {
        // the second target paragraph starts with an unsure segment, so its paragraph bead is unsure: no cut
        AlignmentInput input = new AlignmentInput(List.of("a0", "a1", "a2", "a3"), List.of("b0", "b1", "b2", "?b3", "b4"),
                "", "", Lexicon.EMPTY, List.of(), List.of(2), List.of(3));

        assertThat(AlignerContractTest.beads(aligner.align(input)))
                .containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3,4]");
        assertThat(diagonal.calls).hasSize(2);
    }

    @Test
    void shouldDropACutThatTheSegmentsAroundItDoNotConfirm() {
        // paragraphs (a0 a1 a2 | a3 a4) and (b0 b1 | b2 b3 b4): the first region ends with the unsure bead
        // [1,2]:[1] of the stand-in, so the cut is dropped and everything is aligned as one region
        AlignmentInput input = new AlignmentInput(List.of("a0", "a1", "?a2", "a3", "a4"), List.of("b0", "b1", "b2", "b3", "b4"),
                "", "", Lexicon.EMPTY, List.of(), List.of(3), List.of(2));

        assertThat(AlignerContractTest.beads(aligner.align(input)))
                .containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]");
    }

    @Test
    void shouldAlignSegmentsDirectlyWhenOneSideHasNoParagraphs() {
        AlignmentInput input = input(5, 4, 2).withParagraphs(List.of(2), List.of());

        assertThat(AlignerContractTest.beads(aligner.align(input)))
                .containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3,4]");
        assertThat(diagonal.calls).hasSize(1);
        assertThat(diagonal.calls.getFirst().source()).hasSize(4);
    }

    @Test
    void shouldKeepAnchorsAndAlignParagraphsInTheStretchesBetweenThem() {
        // anchor [1]:[1,2] inside the first paragraphs; the stretch after it keeps its paragraph starts, shifted
        Bead anchor = Bead.of(1, 1, 1, 2, 0.2);
        AlignmentInput input = new AlignmentInput(List.of("a0", "a1", "a2", "a3", "a4", "a5"),
                List.of("b0", "b1", "b2", "b3", "b4", "b5", "b6"), "", "", Lexicon.EMPTY, List.of(anchor),
                List.of(3), List.of(4));

        Alignment alignment = new AnchoredAligner(aligner).align(input);

        assertThat(AlignerContractTest.beads(alignment))
                .containsExactly("[0]:[0]", "[1]:[1,2]", "[2]:[3]", "[3]:[4]", "[4]:[5]", "[5]:[6]");
        assertThat(alignment.beads().get(1).confidence()).isEqualTo(1.0);
        assertThat(diagonal.calls.get(1).source()).containsExactly("a2", "a3 a4 a5");
        assertThat(diagonal.calls.get(1).target()).containsExactly("b3", "b4 b5 b6");
    }

    @Test
    void shouldAlignJonahAsGoldDespiteChaptersThatStartOneVerseApart() {
        // KJV 1:17 is Reina-Valera 2:1: paragraph (chapter) pairs are sure, but the cut after chapter 1 leaves
        // KJV 1:17 without a partner, so it is not confirmed; the result must equal the gold
        String set = "eval/public/bible-jonah-kjv-rv1909/";
        AlignmentInput input = AlignmentInput.of(EvalSets.lines(set + "src.txt"), EvalSets.lines(set + "tgt.txt"))
                .withLanguages("en", "es")
                .withParagraphs(chapterStarts(EvalSets.lines(set + "src.refs")),
                        chapterStarts(EvalSets.lines(set + "tgt.refs")));

        Alignment alignment = Aligners.paragraphFirst().align(input);

        assertThat(AlignerContractTest.beads(alignment)).isEqualTo(EvalSets.gold(set + "gold.txt"));
    }

    @Test
    void shouldNormaliseAndSliceParagraphStarts() {
        AlignmentInput input = input(6, 6).withParagraphs(List.of(4, 0, 2, 4, 6), List.of(3));

        assertThat(input.sourceParagraphs()).containsExactly(2, 4);
        assertThat(input.slice(1, 5, 0, 3).sourceParagraphs()).containsExactly(1, 3);
        assertThat(input.slice(1, 5, 0, 3).targetParagraphs()).isEmpty();
        assertThat(AlignmentInput.paragraphStarts(List.of(2, 0, 3, 1))).containsExactly(2, 5);
    }

    private static List<Integer> chapterStarts(List<String> refs) {
        List<Integer> starts = new ArrayList<>();
        for (int k = 1; k < refs.size(); k++) {
            if (!refs.get(k).split(":")[0].equals(refs.get(k - 1).split(":")[0])) {
                starts.add(k);
            }
        }
        return starts;
    }

    /** Source a0..a(n-1), target b0..b(m-1), with the given source and target paragraph start (0 = none). */
    private static AlignmentInput input(int targetSize, int sourceSize, int... starts) {
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int k = 0; k < sourceSize; k++) {
            source.add("a" + k);
        }
        for (int k = 0; k < targetSize; k++) {
            target.add("b" + k);
        }
        List<Integer> sourceStarts = starts.length > 0 ? List.of(starts[0]) : List.of();
        List<Integer> targetStarts = starts.length > 1 ? List.of(starts[1]) : List.of();
        return new AlignmentInput(source, target, "", "", Lexicon.EMPTY, List.of(), sourceStarts, targetStarts);
    }

    /**
     * A stand-in aligner with an obvious result: 1-1 down the diagonal, the last bead taking what is left of both
     * sides, null beads when a side is empty. A bead is unsure (0.5) when a segment in it starts with '?' (so a
     * paragraph is unsure only when its first segment is).
     */
    private static final class Diagonal implements Aligner {

        final List<AlignmentInput> calls = new ArrayList<>();

        @Override
        public Alignment align(AlignmentInput input) {
            calls.add(input);
            int n = input.source().size();
            int m = input.target().size();
            List<Bead> beads = new ArrayList<>();
            int pairs = Math.min(n, m);
            for (int k = 0; k < pairs; k++) {
                boolean last = k == pairs - 1;
                beads.add(bead(input, k, last ? n - k : 1, k, last ? m - k : 1));
            }
            for (int k = 0; pairs == 0 && k < n; k++) {
                beads.add(bead(input, k, 1, 0, 0));
            }
            for (int k = 0; pairs == 0 && k < m; k++) {
                beads.add(bead(input, 0, 0, k, 1));
            }
            return new Alignment(beads);
        }

        private static Bead bead(AlignmentInput input, int s, int a, int t, int b) {
            boolean unsure = input.source().subList(s, s + a).stream().anyMatch(text -> text.startsWith("?"))
                    || input.target().subList(t, t + b).stream().anyMatch(text -> text.startsWith("?"));
            return Bead.of(s, a, t, b, unsure ? 0.5 : 1.0);
        }
    }
}
