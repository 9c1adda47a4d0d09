package org.parallax.core.align;

/**
 * The cost of one candidate bead. Every cost in this package is a negative log probability (or a
 * negative log-likelihood ratio) in nats: {@code cost = -ln p}, lower is better, and costs of independent
 * pieces of evidence add.
 */
@FunctionalInterface
public interface BeadCost {

    /**
     * Cost of the bead joining source segments {@code [sourceStart, sourceStart + sourceCount)} with target
     * segments {@code [targetStart, targetStart + targetCount)}.
     */
    double cost(int sourceStart, int sourceCount, int targetStart, int targetCount);

    default BeadCost plus(BeadCost other) {
        return new BeadCostSum(this, other);
    }

    /**
     * An evaluator of the beads that end at one lattice cell, for a search that visits cell after cell; a cost may
     * share work between the bead shapes there. Not thread-safe: one per thread.
     *
     * @param sourceCounts the source segment count of each shape
     * @param targetCounts the target segment count of each shape, same length
     */
    default CellCosts endingAt(int[] sourceCounts, int[] targetCounts) {
        return (i, j, wanted, sums) -> {
            for (int k = 0; k < sourceCounts.length; k++) {
                if ((wanted >>> k & 1) != 0) {
                    sums[k] += cost(i - sourceCounts[k], sourceCounts[k], j - targetCounts[k], targetCounts[k]);
                }
            }
        };
    }

    /** As {@link #endingAt}, for the beads that start at one cell (a backward sweep). */
    default CellCosts startingAt(int[] sourceCounts, int[] targetCounts) {
        return (i, j, wanted, sums) -> {
            for (int k = 0; k < sourceCounts.length; k++) {
                if ((wanted >>> k & 1) != 0) {
                    sums[k] += cost(i, sourceCounts[k], j, targetCounts[k]);
                }
            }
        };
    }

    /** Costs of the beads of several shapes that end (or start) at one cell; see {@link #endingAt}. */
    @FunctionalInterface
    interface CellCosts {

        /**
         * Adds to {@code sums[k]}, for every shape {@code k} whose bit is set in {@code wanted}, the cost of the bead of
         * that shape that ends (or starts) at source position {@code i} and target position {@code j}: exactly the
         * value of {@link BeadCost#cost} for it.
         */
        void addCosts(int i, int j, int wanted, double[] sums);
    }
}
