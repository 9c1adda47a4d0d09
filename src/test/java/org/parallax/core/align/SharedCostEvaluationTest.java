package org.parallax.core.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The search evaluates the beads ending (forward sweep) or starting (backward sweep) at a cell together
 * ({@link BeadCost#endingAt}, {@link BeadCost#startingAt}); that must give exactly the values of {@link BeadCost#cost},
 * bead by bead, or the aligner's output would change with the evaluation order.
 */
class SharedCostEvaluationTest {

    private static final List<BeadType> TYPES = BeadTypes.EXTENDED;

    @Test
    void shouldGiveExactlyTheSingleBeadCostsInAFullBand() {
        int checked = checkEveryCell(false);
        assertTrue(checked > 100_000, "beads checked: " + checked);
    }

    @Test
    void shouldGiveExactlyTheSingleBeadCostsInANarrowBandWhereSomeShapesStartOutside() {
        int checked = checkEveryCell(true);
        assertTrue(checked > 5_000, "beads checked: " + checked);
    }

    /** Text+Berg dev (German-French, many 2-1, 1-2 and null beads): length plus lexical cost, as the aligner uses them. */
    private static int checkEveryCell(boolean narrow) {
        List<String> source = EvalSets.lines("eval/textberg-dev/dev.de").subList(0, 150);
        List<String> target = EvalSets.lines("eval/textberg-dev/dev.fr").subList(0, 160);
        double[] sourceLengths = Paths.lengths(source);
        double[] targetLengths = Paths.lengths(target);
        double ratio = Paths.lengthRatio(sourceLengths, targetLengths);
        LengthCost length = new LengthCost(sourceLengths, targetLengths, ratio, LengthCost.PUBLISHED_VARIANCE);
        Band full = Band.full(source.size(), target.size());
        List<BandedSearch.Step> path = new BandedSearch(full, BeadTypes.GALE_CHURCH, length).bestPath();
        Band band = narrow ? CoarseToFine.around(path, source.size(), target.size(), 2) : full;
        Vocabulary vocabulary = new Vocabulary();
        SideItems targetItems = SideItems.extract(target, vocabulary);
        SideItems sourceItems = SideItems.extract(source, vocabulary).withLexicon(IdLexicon.EMPTY);
        LexicalCost lexical = new LexicalCost(sourceItems, targetItems,
                MatchRates.estimate(path, sourceItems, targetItems), band, 1.0);
        BeadCost cost = new LengthCost(sourceLengths, targetLengths, ratio, 9.0, false).plus(lexical);

        int[] sourceCounts = TYPES.stream().mapToInt(BeadType::source).toArray();
        int[] targetCounts = TYPES.stream().mapToInt(BeadType::target).toArray();
        return check(cost, band, sourceCounts, targetCounts, true) + check(cost, band, sourceCounts, targetCounts, false);
    }

    private static int check(BeadCost cost, Band band, int[] sourceCounts, int[] targetCounts, boolean ending) {
        BeadCost.CellCosts shared = ending ? cost.endingAt(sourceCounts, targetCounts)
                : cost.startingAt(sourceCounts, targetCounts);
        int direction = ending ? -1 : 1;
        double[] sums = new double[TYPES.size()];
        int checked = 0;
        for (int i = 0; i <= band.n; i++) {
            for (int j = band.lo(i); j <= band.hi(i); j++) {
                int wanted = 0;
                for (int k = 0; k < TYPES.size(); k++) {
                    if (band.contains(i + direction * sourceCounts[k], j + direction * targetCounts[k])) {
                        wanted |= 1 << k;
                    }
                    sums[k] = 0;
                }
                shared.addCosts(i, j, wanted, sums);
                for (int k = 0; k < TYPES.size(); k++) {
                    if ((wanted >>> k & 1) != 0) {
                        int startI = ending ? i - sourceCounts[k] : i;
                        int startJ = ending ? j - targetCounts[k] : j;
                        double single = cost.cost(startI, sourceCounts[k], startJ, targetCounts[k]);
                        assertEquals(single, sums[k], 0.0, "bead " + TYPES.get(k).name() + (ending ? " ending" : " starting")
                                + " at " + i + "," + j);
                        checked++;
                    } else {
                        assertEquals(0.0, sums[k], "untouched: " + TYPES.get(k).name());
                    }
                }
            }
        }
        return checked;
    }
}
