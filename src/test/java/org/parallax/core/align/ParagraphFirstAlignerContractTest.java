package org.parallax.core.align;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract, plus the same promises when the input has paragraphs (the contract's inputs have none). */
class ParagraphFirstAlignerContractTest extends AlignerContractTest {

    @Override
    Aligner aligner() {
        return Aligners.paragraphFirst();
    }

    @Test
    void shouldAlignIdenticalTextsWithTheirParagraphsOneToOne() {
        List<String> text = EvalSets.lines("eval/public/bible-jonah-kjv-rv1909/src.txt").subList(0, 40);
        AlignmentInput input = AlignmentInput.of(text, text).withParagraphs(List.of(10, 25), List.of(10, 25));
        List<String> expected = IntStream.range(0, 40).mapToObj(k -> "[" + k + "]:[" + k + "]").toList();
        assertThat(beads(aligner().align(input))).isEqualTo(expected);
    }

    @Test
    void shouldTurnAnEmptyTargetIntoDeletionsWhateverTheSourceParagraphs() {
        List<String> text = EvalSets.lines("eval/public/bible-jonah-kjv-rv1909/src.txt").subList(0, 3);
        AlignmentInput input = AlignmentInput.of(text, List.of()).withParagraphs(List.of(1, 2), List.of());
        assertThat(beads(aligner().align(input))).containsExactly("[0]:[]", "[1]:[]", "[2]:[]");
    }
}
