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

    /**
     * A number the cost is never below, cheaper to compute than the cost; {@code -infinity} when nothing is known.
     * A length cost is a negative log probability, so at least 0; lexical evidence can be negative.
     */
    default double lowerBound(int sourceStart, int sourceCount, int targetStart, int targetCount) {
        return Double.NEGATIVE_INFINITY;
    }

    /**
     * The cost, or {@code +infinity} when its {@linkplain #lowerBound lower bound} shows it is at least
     * {@code limit}: a Viterbi search asks with the margin a bead has to beat the best so far, and skips the
     * bead's evidence where it cannot (branch and bound; the path found is the same).
     */
    default double costBelow(int sourceStart, int sourceCount, int targetStart, int targetCount, double limit) {
        return lowerBound(sourceStart, sourceCount, targetStart, targetCount) >= limit ? Double.POSITIVE_INFINITY
                : cost(sourceStart, sourceCount, targetStart, targetCount);
    }

    /** This cost plus {@code other}'s; {@link #costBelow} computes this (cheaper) cost, {@code other} if needed. */
    default BeadCost plus(BeadCost other) {
        BeadCost first = this;
        return new BeadCost() {
            @Override
            public double cost(int i, int a, int j, int b) {
                return first.cost(i, a, j, b) + other.cost(i, a, j, b);
            }

            @Override
            public double lowerBound(int i, int a, int j, int b) {
                return first.lowerBound(i, a, j, b) + other.lowerBound(i, a, j, b);
            }

            @Override
            public double costBelow(int i, int a, int j, int b, double limit) {
                double otherBound = other.lowerBound(i, a, j, b);
                double known = first.costBelow(i, a, j, b, limit - otherBound);
                return known == Double.POSITIVE_INFINITY || known + otherBound >= limit ? Double.POSITIVE_INFINITY
                        : known + other.cost(i, a, j, b);
            }
        };
    }
}
