package org.parallax.core.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Dynamic programming over the cells of a {@link Band}: the cheapest path of beads (Viterbi) and, on request,
 * each bead's posterior probability from the forward-backward sums over all paths in the band.
 * Time is (cells x bead types) cost evaluations; memory a few numbers per cell. With posteriors, the backward
 * sweep runs on a second thread beside the forward sweep, so the cost must be safe to call from two threads
 * (every cost in this package is a pure function of its arguments).
 */
final class BandedSearch {

    /** A bead found by the search, by position and shape, with its posterior (or NaN if not computed). */
    record Step(int i, int a, int j, int b, double posterior) {
    }

    private final Band band;
    private final List<BeadType> types;
    private final BeadCost cost;

    BandedSearch(Band band, List<BeadType> types, BeadCost cost) {
        this.band = band;
        this.types = types;
        this.cost = cost;
    }

    /** The cheapest path from (0, 0) to (n, m); posteriors are NaN. */
    List<Step> bestPath() {
        return bestPath(false, 1);
    }

    /**
     * The cheapest path, each step with its posterior probability under the distribution
     * {@code p(path) ~ exp(-cost(path) / temperature)} over all paths inside the band.
     */
    List<Step> bestPathWithPosteriors(double temperature) {
        return bestPath(true, temperature);
    }

    private List<Step> bestPath(boolean posteriors, double temperature) {
        // the backward sums need nothing from the forward sweep: run them on the other core meanwhile
        Background<double[]> backward = posteriors
                ? Background.start("parallax-backward", band.cells() >= Background.WORTH_A_THREAD,
                        () -> backwardSums(temperature)) : null;
        int cells = band.cells();
        double[] best = new double[cells];
        byte[] back = new byte[cells];
        double[] forward = posteriors ? new double[cells] : null;
        int typeCount = types.size();
        double[] priorCosts = new double[typeCount];
        for (int t = 0; t < typeCount; t++) {
            priorCosts[t] = types.get(t).priorCost();
        }
        if (posteriors) {
            viterbiAndForwardSums(best, back, forward, priorCosts, temperature);
        } else {
            viterbi(best, back, priorCosts);
        }
        if (best[band.index(band.n, band.m)] == Double.POSITIVE_INFINITY) {
            throw new IllegalStateException("no path through the search band");
        }
        List<Step> path = new ArrayList<>();
        int i = band.n;
        int j = band.m;
        while (i > 0 || j > 0) {
            BeadType type = types.get(back[band.index(i, j)]);
            i -= type.source();
            j -= type.target();
            path.add(new Step(i, type.source(), j, type.target(), Double.NaN));
        }
        java.util.Collections.reverse(path);
        return posteriors ? withPosteriors(path, forward, backward.join(), priorCosts, temperature) : path;
    }

    /**
     * Viterbi: per cell the cheapest cost from (0, 0) and the bead type that reaches it. A bead whose cost
     * certainly reaches the margin it has to beat the minimum so far by cannot win, and its evidence is not computed
     * ({@link BeadCost#costBelow}).
     */
    private void viterbi(double[] best, byte[] back, double[] priorCosts) {
        int typeCount = types.size();
        for (int i = 0; i <= band.n; i++) {
            for (int j = band.lo(i); j <= band.hi(i); j++) {
                int here = band.index(i, j);
                if (i == 0 && j == 0) {
                    best[here] = 0;
                    back[here] = -1;
                    continue;
                }
                double min = Double.POSITIVE_INFINITY;
                int argmin = -1;
                for (int t = 0; t < typeCount; t++) {
                    BeadType type = types.get(t);
                    int pi = i - type.source();
                    int pj = j - type.target();
                    if (!band.contains(pi, pj)) {
                        continue;
                    }
                    int previous = band.index(pi, pj);
                    if (best[previous] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double beadCost = priorCosts[t] + cost.costBelow(pi, type.source(), pj, type.target(),
                            min - best[previous] - priorCosts[t]);
                    double total = best[previous] + beadCost;
                    if (total < min) {
                        min = total;
                        argmin = t;
                    }
                }
                best[here] = min;
                back[here] = (byte) argmin;
            }
        }
    }

    /**
     * Viterbi and the forward sums of the posteriors in one sweep. A copy of {@link #viterbi} rather than a flag in
     * it: the JIT compiles each from its own profile, where one shared method was compiled for the passes without
     * posteriors and thrown away (deoptimized) when the final pass took the other branch.
     */
    private void viterbiAndForwardSums(double[] best, byte[] back, double[] forward, double[] priorCosts,
                                       double temperature) {
        int typeCount = types.size();
        double[] terms = new double[typeCount];
        for (int i = 0; i <= band.n; i++) {
            for (int j = band.lo(i); j <= band.hi(i); j++) {
                int here = band.index(i, j);
                if (i == 0 && j == 0) {
                    best[here] = 0;
                    back[here] = -1;
                    forward[here] = 0;
                    continue;
                }
                double min = Double.POSITIVE_INFINITY;
                int argmin = -1;
                int termCount = 0;
                for (int t = 0; t < typeCount; t++) {
                    BeadType type = types.get(t);
                    int pi = i - type.source();
                    int pj = j - type.target();
                    if (!band.contains(pi, pj)) {
                        continue;
                    }
                    int previous = band.index(pi, pj);
                    if (best[previous] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double beadCost = priorCosts[t] + cost.cost(pi, type.source(), pj, type.target());
                    double total = best[previous] + beadCost;
                    if (total < min) {
                        min = total;
                        argmin = t;
                    }
                    terms[termCount++] = forward[previous] + beadCost / temperature;
                }
                best[here] = min;
                back[here] = (byte) argmin;
                forward[here] = termCount == 0 ? Double.POSITIVE_INFINITY : negLogSumExp(terms, termCount);
            }
        }
    }

    /** Posterior of each step: exp(-(F + c + B - Z)) with the forward and backward sums of its end cells. */
    private List<Step> withPosteriors(List<Step> path, double[] forward, double[] backward, double[] priorCosts,
                                      double temperature) {
        double total = forward[band.index(band.n, band.m)];
        List<Step> result = new ArrayList<>(path.size());
        for (Step step : path) {
            int t = typeIndex(step.a(), step.b());
            double beadCost = (priorCosts[t] + cost.cost(step.i(), step.a(), step.j(), step.b())) / temperature;
            double logPosterior = total - forward[band.index(step.i(), step.j())] - beadCost
                    - backward[band.index(step.i() + step.a(), step.j() + step.b())];
            double posterior = Math.max(0, Math.min(1, Math.exp(logPosterior)));
            result.add(new Step(step.i(), step.a(), step.j(), step.b(), posterior));
        }
        return result;
    }

    /** Backward sums: per cell, the cost from it to the end summed over all paths ({@code -ln sum exp(-c/T)}). */
    private double[] backwardSums(double temperature) {
        double[] priorCosts = new double[types.size()];
        for (int t = 0; t < types.size(); t++) {
            priorCosts[t] = types.get(t).priorCost();
        }
        int cells = band.cells();
        double[] backward = new double[cells];
        double[] terms = new double[types.size()];
        for (int i = band.n; i >= 0; i--) {
            for (int j = band.hi(i); j >= band.lo(i); j--) {
                int here = band.index(i, j);
                if (i == band.n && j == band.m) {
                    backward[here] = 0;
                    continue;
                }
                int termCount = 0;
                for (int t = 0; t < types.size(); t++) {
                    BeadType type = types.get(t);
                    int ni = i + type.source();
                    int nj = j + type.target();
                    if (!band.contains(ni, nj)) {
                        continue;
                    }
                    double next = backward[band.index(ni, nj)];
                    if (next == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    terms[termCount++] = next + (priorCosts[t] + cost.cost(i, type.source(), j, type.target())) / temperature;
                }
                backward[here] = termCount == 0 ? Double.POSITIVE_INFINITY : negLogSumExp(terms, termCount);
            }
        }
        return backward;
    }

    private int typeIndex(int a, int b) {
        for (int t = 0; t < types.size(); t++) {
            if (types.get(t).source() == a && types.get(t).target() == b) {
                return t;
            }
        }
        throw new IllegalArgumentException("no bead type " + a + "-" + b);
    }

    /** {@code -ln sum exp(-x)} over the first {@code count} values, computed stably. */
    static double negLogSumExp(double[] values, int count) {
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            min = Math.min(min, values[k]);
        }
        if (min == Double.POSITIVE_INFINITY) {
            return min;
        }
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += Math.exp(min - values[k]);
        }
        return min - Math.log(sum);
    }
}
