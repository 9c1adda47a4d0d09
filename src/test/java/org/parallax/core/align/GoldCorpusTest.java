package org.parallax.core.align;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strict precision and recall floors (score.py definitions) of the standard aligner on public sets of
 * shared/eval and Text+Berg dev, so a regression shows up as a number. The floors sit a little under the
 * measured values recorded in docs/benchmarks.md.
 */
class GoldCorpusTest {

    private final Aligner aligner = Aligners.standard();

    @Test
    void shouldAlignPerturbedMarkInSpanishAlmostPerfectly() {
        EvalSets.Score score = score("eval/public/bible-mark-kjv-rv1909-perturbed/", "en", "es");
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void shouldAlignUdhrJapaneseWithoutSharedWords() {
        EvalSets.Score score = score("eval/public/udhr-en-ja/", "en", "ja");
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void shouldBeatGaleChurchClearlyOnTextBergDev() {
        Alignment alignment = aligner.align(AlignmentInput.of(EvalSets.lines("eval/textberg-dev/dev.de"),
                EvalSets.lines("eval/textberg-dev/dev.fr")).withLanguages("de", "fr"));
        EvalSets.Score score = EvalSets.strict(EvalSets.gold("eval/textberg-dev/dev.defr"), alignment);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.84);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.88);
    }

    private EvalSets.Score score(String set, String sourceLanguage, String targetLanguage) {
        Alignment alignment = aligner.align(AlignmentInput.of(EvalSets.lines(set + "src.txt"),
                EvalSets.lines(set + "tgt.txt")).withLanguages(sourceLanguage, targetLanguage));
        return EvalSets.strict(EvalSets.gold(set + "gold.txt"), alignment);
    }
}
