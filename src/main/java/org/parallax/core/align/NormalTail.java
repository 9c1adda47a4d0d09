package org.parallax.core.align;

/** Tail probabilities of the standard normal distribution, in log space so huge deviations stay finite. */
final class NormalTail {

    private NormalTail() {
    }

    /**
     * {@code ln P(|Z| >= z)} for {@code z >= 0}, i.e. {@code ln erfc(z / sqrt 2)}, with the rational
     * approximation of erfc from Abramowitz &amp; Stegun, Handbook of Mathematical Functions, 7.1.26
     * (absolute error below 1.5e-7 before taking the log); written as {@code ln(t poly(t)) - x^2} so it stays
     * finite far into the tail.
     */
    static double lnTwoSided(double z) {
        double x = z / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        return Math.min(0, Math.log(poly) - x * x);
    }
}
