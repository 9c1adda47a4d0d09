package org.parallax.core.align;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-made cases, one per bead type (not yet 3-2, 2-3, and not 0-1: a short inserted heading before a long
 * verse is still glued to it as a 1-2 bead in this small document, a known weakness): 80 verse pairs of Mark (KJV / Reina-Valera 1909,
 * naturally 1-1), with segments from {@value #AT} on merged, split, deleted or inserted so that exactly one bead
 * of the type under test arises; the expected alignment is the full list of beads. 80 verses rather than a
 * handful, because the aligner estimates its lexical match rates from the document itself.
 */
class StandardAlignerBeadTypeTest {

    private static final int FROM = 300;
    private static final int AT = 40;
    private static final List<String> KJV = EvalSets.lines("eval/public/bible-mark-kjv-rv1909/src.txt").subList(FROM, FROM + 80);
    private static final List<String> RV = EvalSets.lines("eval/public/bible-mark-kjv-rv1909/tgt.txt").subList(FROM, FROM + 80);

    private final Aligner aligner = Aligners.standard();

    @Test
    void shouldFindTwoToOneWhenTheTranslationJoinsTwoVerses() {
        assertAlignment(KJV, merged(RV, AT, 2), "[40,41]:[40]", 2, 1);
    }

    @Test
    void shouldFindOneToTwoWhenTheSourceJoinsTwoVerses() {
        assertAlignment(merged(KJV, AT, 2), RV, "[40]:[40,41]", 1, 2);
    }

    @Test
    void shouldFindThreeToOne() {
        assertAlignment(KJV, merged(RV, AT, 3), "[40,41,42]:[40]", 3, 1);
    }

    @Test
    void shouldFindOneToThree() {
        assertAlignment(merged(KJV, AT, 3), RV, "[40]:[40,41,42]", 1, 3);
    }

    @Test
    void shouldFindFourToOne() {
        assertAlignment(KJV, merged(RV, AT, 4), "[40,41,42,43]:[40]", 4, 1);
    }

    @Test
    void shouldFindOneToFour() {
        assertAlignment(merged(KJV, AT, 4), RV, "[40]:[40,41,42,43]", 1, 4);
    }

    @Test
    void shouldFindADeletedVerse() {
        List<String> target = new ArrayList<>(RV);
        target.remove(AT);
        assertAlignment(KJV, target, "[40]:[]", 1, 0);
    }

    @Test
    void shouldFindTwoToTwoWhenASentenceBoundaryMoves() {
        // source: verse AT plus the first part of verse AT+1, then the rest of it; target: verses AT and AT+1
        List<String> source = new ArrayList<>(KJV);
        String verse = source.get(AT + 1);
        int cut = verse.indexOf(", ", verse.length() / 3) + 2;
        source.set(AT, source.get(AT) + " " + verse.substring(0, cut).strip());
        source.set(AT + 1, verse.substring(cut));
        assertAlignment(source, RV, "[40,41]:[40,41]", 2, 2);
    }

    /** Everything before the special bead is 1-1, the bead is there, and everything after is 1-1 again. */
    private void assertAlignment(List<String> source, List<String> target, String bead, int sourceCount, int targetCount) {
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < AT; k++) {
            expected.add("[" + k + "]:[" + k + "]");
        }
        expected.add(bead);
        for (int s = AT + sourceCount, t = AT + targetCount; s < source.size(); s++, t++) {
            expected.add("[" + s + "]:[" + t + "]");
        }
        assertThat(AlignerContractTest.beads(aligner.align(source, target))).isEqualTo(expected);
    }

    private static List<String> merged(List<String> segments, int first, int count) {
        List<String> result = new ArrayList<>(segments.subList(0, first));
        result.add(String.join(" ", segments.subList(first, first + count)));
        result.addAll(segments.subList(first + count, segments.size()));
        return result;
    }
}
