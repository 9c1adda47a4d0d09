package org.parallax.core.align;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What every aligner must do, whatever its method; each preset runs it through a subclass. */
abstract class AlignerContractTest {

    abstract Aligner aligner();

    private static final List<String> KJV = EvalSets.lines("eval/public/bible-jonah-kjv-rv1909/src.txt");
    private static final List<String> RV = EvalSets.lines("eval/public/bible-jonah-kjv-rv1909/tgt.txt");

    @Test
    void shouldAlignNothingWithNothing() {
        assertThat(aligner().align(List.of(), List.of()).beads()).isEmpty();
    }

    @Test
    void shouldTurnAnEmptySourceIntoInsertions() {
        assertThat(beads(aligner().align(List.of(), KJV.subList(0, 3)))).containsExactly("[]:[0]", "[]:[1]", "[]:[2]");
    }

    @Test
    void shouldTurnAnEmptyTargetIntoDeletions() {
        assertThat(beads(aligner().align(KJV.subList(0, 2), List.of()))).containsExactly("[0]:[]", "[1]:[]");
    }

    @Test
    void shouldCoverOneSourceSegmentAgainstMany() {
        Alignment alignment = aligner().align(KJV.subList(0, 1), RV.subList(0, 6));
        alignment.requireCovers(1, 6);
        assertThat(alignment.beads().stream().filter(b -> !b.source().isEmpty())).hasSize(1);
    }

    @Test
    void shouldAlignIdenticalTextsOneToOne() {
        List<String> text = KJV.subList(0, 40);
        List<String> expected = IntStream.range(0, 40).mapToObj(k -> "[" + k + "]:[" + k + "]").toList();
        assertThat(beads(aligner().align(text, text))).isEqualTo(expected);
    }

    @Test
    void shouldCoverARealTranslationInOrderWithConfidences() {
        List<String> source = EvalSets.lines("eval/public/bible-jonah-kjv-web-perturbed/src.txt");
        List<String> target = EvalSets.lines("eval/public/bible-jonah-kjv-web-perturbed/tgt.txt");
        Alignment alignment = aligner().align(source, target).requireCovers(source.size(), target.size());
        assertThat(alignment.beads()).allSatisfy(bead -> assertThat(bead.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void shouldKeepFixedAnchorsAndAlignAroundThem() {
        // an anchor that contradicts the obvious 1-1 alignment must survive unchanged
        Bead anchor = Bead.of(10, 2, 10, 1, 0.3);
        Alignment alignment = aligner().align(AlignmentInput.of(KJV.subList(0, 20), RV.subList(0, 20))
                .withAnchors(List.of(anchor))).requireCovers(20, 20);
        assertThat(alignment.beads()).contains(anchor.withConfidence(1));
        assertThat(beads(alignment)).contains("[0]:[0]", "[9]:[9]");
    }

    static List<String> beads(Alignment alignment) {
        return alignment.beads().stream().map(Bead::toBeadString).toList();
    }
}
