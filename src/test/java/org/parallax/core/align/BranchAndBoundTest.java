package org.parallax.core.align;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lexical lower bound that lets Viterbi skip beads, checked on real German-French text (Text+Berg dev). */
class BranchAndBoundTest {

    private static final List<String> GERMAN = EvalSets.lines("eval/textberg-dev/dev.de");
    private static final List<String> FRENCH = EvalSets.lines("eval/textberg-dev/dev.fr");

    @Test
    void shouldNeverBoundALexicalCostAboveItselfWithEitherKindOfCharges() {
        Fixture fixture = new Fixture();
        for (boolean perEntry : new boolean[] {false, true}) {
            LexicalCost lexical = fixture.lexical(perEntry);
            int checked = 0;
            int tight = 0;
            for (BeadType type : BeadTypes.EXTENDED) {
                for (int i = 0; i + type.source() <= fixture.n; i++) {
                    int diagonal = (int) ((long) i * fixture.m / fixture.n);
                    for (int j = Math.max(0, diagonal - 6); j <= Math.min(fixture.m - type.target(), diagonal + 6); j++) {
                        double cost = lexical.cost(i, type.source(), j, type.target());
                        double bound = lexical.lowerBound(i, type.source(), j, type.target());
                        assertThat(bound).as("%s at (%d, %d), per entry %s", type.name(), i, j, perEntry)
                                .isLessThanOrEqualTo(cost);
                        checked++;
                        tight += cost - bound < 5 ? 1 : 0;
                    }
                }
            }
            assertThat(checked).isGreaterThan(50_000);
            assertThat(tight).as("beads bounded within 5 nats (null beads exactly)").isGreaterThan(checked / 20);
        }
    }

    @Test
    void shouldFindTheSamePathAsTheSearchThatComputesEveryBead() {
        Fixture fixture = new Fixture();
        BeadCost cost = fixture.length.plus(fixture.lexical(false));
        BeadCost withoutBound = cost::cost;
        Band band = Band.full(fixture.n, fixture.m);

        List<BandedSearch.Step> pruned = new BandedSearch(band, BeadTypes.EXTENDED, cost).bestPath();
        List<BandedSearch.Step> complete = new BandedSearch(band, BeadTypes.EXTENDED, withoutBound).bestPath();

        assertThat(pruned).isEqualTo(complete);
        assertThat(pruned.size()).isGreaterThan(fixture.n / 2);
    }

    /** Items, match rates and a length cost of the Text+Berg pair, as the standard aligner's second pass has them. */
    private static final class Fixture {
        final int n = GERMAN.size();
        final int m = FRENCH.size();
        final SideItems source;
        final SideItems target;
        final LengthCost length;
        final MatchRates rates;

        Fixture() {
            Vocabulary vocabulary = new Vocabulary();
            target = SideItems.extract(FRENCH, vocabulary);
            source = SideItems.extract(GERMAN, vocabulary).withLexicon(IdLexicon.EMPTY);
            double[] sourceLengths = Paths.lengths(GERMAN);
            double[] targetLengths = Paths.lengths(FRENCH);
            double ratio = Paths.lengthRatio(sourceLengths, targetLengths);
            List<BandedSearch.Step> lengthPath = new BandedSearch(Band.full(n, m), BeadTypes.GALE_CHURCH,
                    new LengthCost(sourceLengths, targetLengths, ratio, LengthCost.PUBLISHED_VARIANCE)).bestPath();
            length = new LengthCost(sourceLengths, targetLengths, ratio, LengthCost.PUBLISHED_VARIANCE, false);
            rates = MatchRates.estimate(lengthPath, source, target);
        }

        LexicalCost lexical(boolean perEntry) {
            return new LexicalCost(source, target, rates, Band.full(n, m), EvidenceAligner.LEXICAL_WEIGHT, perEntry);
        }
    }
}
