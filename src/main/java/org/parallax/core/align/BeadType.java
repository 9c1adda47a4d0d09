package org.parallax.core.align;

/**
 * A bead shape (how many source and target segments it joins) with its prior probability.
 *
 * @param source number of source segments, 0..4
 * @param target number of target segments, 0..4
 * @param prior  prior probability of the shape among beads (Gale &amp; Church 1993, Table 5, for the classic six)
 */
public record BeadType(int source, int target, double prior) {

    public BeadType {
        if (source < 0 || target < 0 || source + target == 0 || source > 4 || target > 4) {
            throw new IllegalArgumentException("unsupported bead shape " + source + "-" + target);
        }
        if (!(prior > 0 && prior <= 1)) {
            throw new IllegalArgumentException("prior must lie in (0, 1]: " + prior);
        }
    }

    /** The prior as a cost, {@code -ln prior} (see {@link BeadCost} for the unit). */
    public double priorCost() {
        return -Math.log(prior);
    }

    public String name() {
        return source + "-" + target;
    }
}
