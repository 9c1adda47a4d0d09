package org.parallax.core.align;

/** The sum of two costs (independent pieces of evidence), evaluated shape by shape or cell by cell. */
final class BeadCostSum implements BeadCost {

    private final BeadCost first;
    private final BeadCost second;

    BeadCostSum(BeadCost first, BeadCost second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public double cost(int sourceStart, int sourceCount, int targetStart, int targetCount) {
        return first.cost(sourceStart, sourceCount, targetStart, targetCount)
                + second.cost(sourceStart, sourceCount, targetStart, targetCount);
    }

    @Override
    public CellCosts endingAt(int[] sourceCounts, int[] targetCounts) {
        return both(first.endingAt(sourceCounts, targetCounts), second.endingAt(sourceCounts, targetCounts));
    }

    @Override
    public CellCosts startingAt(int[] sourceCounts, int[] targetCounts) {
        return both(first.startingAt(sourceCounts, targetCounts), second.startingAt(sourceCounts, targetCounts));
    }

    /** First the first cost, then the second, so every sum is {@code first + second} as in {@link #cost}. */
    private static CellCosts both(CellCosts firstCosts, CellCosts secondCosts) {
        return (i, j, wanted, sums) -> {
            firstCosts.addCosts(i, j, wanted, sums);
            secondCosts.addCosts(i, j, wanted, sums);
        };
    }
}
