package org.parallax.core.align;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text long enough for the banded search, whose translation leaves out a passage of {@value #LEFT_OUT} verses
 * and carries {@value #INSERTED} lines that are not in the source: Mark four times over in the KJV against the
 * Reina-Valera 1909 (naturally 1-1), the inserted lines from the German UDHR. A band around the length-only path
 * cannot hold such a shift; the aligner must find it from the lexical evidence (see
 * {@link UnsupportedStretches}).
 */
class LongOmissionTest {

    private static final int COPIES = 4;
    private static final int LEFT_OUT = 60;
    private static final int INSERTED = 30;
    private static final List<String> KJV = EvalSets.lines("eval/public/bible-mark-kjv-rv1909/src.txt");
    private static final List<String> RV = EvalSets.lines("eval/public/bible-mark-kjv-rv1909/tgt.txt");
    private static final List<String> GERMAN = EvalSets.lines("eval/public/udhr-en-de/tgt.txt");

    @Test
    void shouldAlignAroundAPassageLeftOutAndLinesInsertedFarApart() {
        int omitFrom = KJV.size() + 100;
        int insertAt = 2 * KJV.size() + 300;
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (int copy = 0; copy < COPIES; copy++) {
            source.addAll(KJV);
        }
        for (int i = 0; i < source.size(); i++) {
            if (i == insertAt) {
                for (int k = 0; k < INSERTED; k++) {
                    gold.add("[]:[" + target.size() + "]");
                    target.add(GERMAN.get(10 + k));
                }
            }
            if (i >= omitFrom && i < omitFrom + LEFT_OUT) {
                gold.add("[" + i + "]:[]");
            } else {
                gold.add("[" + i + "]:[" + target.size() + "]");
                target.add(RV.get(i % RV.size()));
            }
        }
        assertThat((long) (source.size() + 1) * (target.size() + 1)).as("large enough for the banded search")
                .isGreaterThan(EvidenceAligner.SMALL_CELLS);

        Alignment alignment = Aligners.standard().align(AlignmentInput.of(source, target));

        List<String> found = alignment.beads().stream().map(Bead::toBeadString).toList();
        assertThat(found.stream().filter(gold.subList(omitFrom, omitFrom + LEFT_OUT)::contains).count())
                .as("verses left out found as 1-0").isGreaterThanOrEqualTo(LEFT_OUT - 3);
        assertThat(EvalSets.strict(gold, alignment).f1()).isGreaterThan(0.99);
    }
}
