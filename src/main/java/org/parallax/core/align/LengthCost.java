package org.parallax.core.align;

/**
 * Length evidence after W. A. Gale and K. W. Church, "A Program for Aligning Sentences in Bilingual Corpora",
 * Computational Linguistics 19(1), 1993: the target length, divided by the expected ratio {@code c}, differs
 * from the source length by a normal error whose variance grows with the length
 * ({@code z = (l1 - l2/c) / sqrt(s2 (l1 + l2/c) / 2)}); the cost is {@code -ln P(|Z| >= |z|)}.
 * Unlike the published program, {@code c} and {@code s2} are estimated from the document pair itself
 * (c = 1 is hopeless for Chinese or Japanese). Lengths are counted in non-space characters, which makes
 * tokenized and untokenized text comparable.
 */
public final class LengthCost implements BeadCost {

    /** Gale and Church's published variance per character. */
    public static final double PUBLISHED_VARIANCE = 6.8;

    private final double[] sourcePrefix;
    private final double[] targetPrefix;
    private final double ratio;
    private final double variance;
    private final boolean chargeNullBeads;

    /** The published form: null beads are charged as a length difference too (their length against 0). */
    LengthCost(double[] sourceLengths, double[] targetLengths, double ratio, double variance) {
        this(sourceLengths, targetLengths, ratio, variance, true);
    }

    /**
     * @param chargeNullBeads false to leave 1-0 and 0-1 beads to their prior: a length difference says nothing
     *                        about a segment that has no counterpart, and charging it makes the search prefer to
     *                        glue a deleted sentence onto its neighbour
     */
    LengthCost(double[] sourceLengths, double[] targetLengths, double ratio, double variance, boolean chargeNullBeads) {
        this.sourcePrefix = prefixSums(sourceLengths);
        this.targetPrefix = prefixSums(targetLengths);
        this.ratio = ratio;
        this.variance = variance;
        this.chargeNullBeads = chargeNullBeads;
    }

    @Override
    public double cost(int i, int a, int j, int b) {
        if (!chargeNullBeads && (a == 0 || b == 0)) {
            return 0;
        }
        double l1 = sourcePrefix[i + a] - sourcePrefix[i];
        double l2 = (targetPrefix[j + b] - targetPrefix[j]) / ratio;
        if (l1 + l2 == 0) {
            return 0;
        }
        double z = Math.abs(l1 - l2) / Math.sqrt(variance * (l1 + l2) / 2);
        return -NormalTail.lnTwoSided(z);
    }

    /** A negative log probability (the tail probability is at most 1). */
    @Override
    public double lowerBound(int i, int a, int j, int b) {
        return 0;
    }

    /** Non-space characters (code points) of a segment, the length unit of this cost. */
    public static double lengthOf(String segment) {
        int count = 0;
        for (int k = 0; k < segment.length(); k++) {
            char ch = segment.charAt(k);
            if (!Character.isWhitespace(ch) && !Character.isLowSurrogate(ch)) {
                count++;
            }
        }
        return count;
    }

    static double[] prefixSums(double[] values) {
        double[] sums = new double[values.length + 1];
        for (int k = 0; k < values.length; k++) {
            sums[k + 1] = sums[k] + values[k];
        }
        return sums;
    }
}
