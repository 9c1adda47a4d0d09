package org.parallax.core.align;

import org.junit.jupiter.api.Test;
import org.parallax.core.text.SegmentedDocument;
import org.parallax.core.text.TextPipeline;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw mode of shared/eval on one public set: the import pipeline segments the raw texts, the aligner aligns the
 * sentences, and the result is projected onto the gold segments as project_to_gold.py does. The floors sit a
 * little under the figures in docs/benchmarks.md (raw mode); the target is the oracle minus 0.02.
 */
class RawGoldCorpusTest {

    private static final String SET = "eval/public/bible-jonah-kjv-rv1909/";

    @Test
    void shouldComeWithinTwoHundredthsOfTheOracleOnJonahInSpanish() {
        Raw raw = raw();
        Alignment alignment = Aligners.standard().align(raw.input());
        double f1 = EvalSets.strict(raw.gold(), raw.projection().project(alignment)).f1();
        double oracle = EvalSets.strict(raw.gold(), raw.projection().oracle(raw.gold())).f1();

        assertThat(oracle).isBetween(0.83, 0.832);
        assertThat(f1).isGreaterThanOrEqualTo(oracle - 0.02);
    }

    @Test
    void shouldLoseNothingByAligningChaptersFirstDespiteTheirMismatch() {
        // each raw paragraph is a chapter, and Reina-Valera starts chapter 2 one verse after the KJV
        Raw raw = raw();
        AlignmentInput input = raw.input();
        double global = EvalSets.strict(raw.gold(), raw.projection().project(Aligners.standard().align(input))).f1();
        double paragraphsFirst = EvalSets.strict(raw.gold(),
                raw.projection().project(Aligners.paragraphFirst().align(input))).f1();

        assertThat(input.sourceParagraphs()).hasSize(3);
        assertThat(input.targetParagraphs()).hasSize(3);
        assertThat(paragraphsFirst).isGreaterThanOrEqualTo(global);
    }

    private record Raw(AlignmentInput input, GoldProjection projection, List<String> gold) {
    }

    private static Raw raw() {
        String sourceRaw = String.join("\n", EvalSets.lines(SET + "src.raw.txt")) + "\n";
        String targetRaw = String.join("\n", EvalSets.lines(SET + "tgt.raw.txt")) + "\n";
        SegmentedDocument source = TextPipeline.process(sourceRaw, Optional.of("en"));
        SegmentedDocument target = TextPipeline.process(targetRaw, Optional.of("es"));
        List<String> sourceSegments = sentences(source);
        List<String> targetSegments = sentences(target);
        AlignmentInput input = AlignmentInput.of(sourceSegments, targetSegments).withLanguages("en", "es")
                .withParagraphs(paragraphStarts(source), paragraphStarts(target));
        GoldProjection projection = new GoldProjection(sourceRaw, sourceSegments, offsets(SET + "src.offsets"),
                targetRaw, targetSegments, offsets(SET + "tgt.offsets"));
        return new Raw(input, projection, EvalSets.gold(SET + "gold.txt"));
    }

    private static List<String> sentences(SegmentedDocument document) {
        return document.paragraphs().stream().flatMap(p -> p.sentenceTexts().stream()).toList();
    }

    private static List<Integer> paragraphStarts(SegmentedDocument document) {
        return AlignmentInput.paragraphStarts(document.paragraphs().stream().map(p -> p.sentences().size()).toList());
    }

    private static List<int[]> offsets(String path) {
        return EvalSets.lines(path).stream().filter(line -> !line.isBlank())
                .map(line -> java.util.Arrays.stream(line.split("\t")).mapToInt(Integer::parseInt).toArray()).toList();
    }
}
