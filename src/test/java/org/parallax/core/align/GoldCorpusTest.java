package org.parallax.core.align;

import java.util.List;
import java.util.stream.IntStream;
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
    void shouldReachTheIssueTargetOnTextBergDev() {
        Alignment alignment = aligner.align(AlignmentInput.of(EvalSets.lines("eval/textberg-dev/dev.de"),
                EvalSets.lines("eval/textberg-dev/dev.fr")).withLanguages("de", "fr"));
        EvalSets.Score score = EvalSets.strict(EvalSets.gold("eval/textberg-dev/dev.defr"), alignment);
        // measured 0.892 / 0.916 (F1 0.904); per-segment charges in the final pass gave 0.876 / 0.911
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.89);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.91);
    }

    @Test
    void shouldKeepInsertedChapterHeadingsOutOfTheVerses() {
        String set = "eval/public/bible-jonah-kjv-web-perturbed/";
        List<String> target = EvalSets.lines(set + "tgt.txt");
        Alignment alignment = aligner.align(AlignmentInput.of(EvalSets.lines(set + "src.txt"), target)
                .withLanguages("en", "en"));
        List<Integer> headings = IntStream.range(0, target.size())
                .filter(k -> target.get(k).matches("Chapter \\d+")).boxed().toList();
        assertThat(headings).hasSize(2);
        for (int heading : headings) {
            Bead holding = alignment.beads().stream().filter(bead -> bead.target().contains(heading)).findFirst()
                    .orElseThrow();
            assertThat(holding.toBeadString()).isEqualTo("[]:[" + heading + "]");
        }
    }

    private EvalSets.Score score(String set, String sourceLanguage, String targetLanguage) {
        Alignment alignment = aligner.align(AlignmentInput.of(EvalSets.lines(set + "src.txt"),
                EvalSets.lines(set + "tgt.txt")).withLanguages(sourceLanguage, targetLanguage));
        return EvalSets.strict(EvalSets.gold(set + "gold.txt"), alignment);
    }
}
