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
     * Whether every cost is at least 0, so that a search may skip a bead whose prior alone already loses (a
     * length cost is a negative log probability; lexical evidence can be negative).
     */
    default boolean isNonNegative() {
        return false;
    }

    default BeadCost plus(BeadCost other) {
        return (i, a, j, b) -> cost(i, a, j, b) + other.cost(i, a, j, b);
    }
}
