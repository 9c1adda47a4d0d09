package org.parallax.core.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of a path whose beads pair segments that share no rare word or number far more often than
 * the rest of the path does: where a search band built around a length-only path has lost the translation (a long
 * passage left out on one side shifts the true path further than the band reaches, and length alone cannot see
 * it). A bead is <em>supported</em> when one of its segment pairs shares a rare word or a number (or a word and its
 * listed translation). The path's own rate of unsupported beads {@code q1} is compared with the rate {@code q0} of
 * unrelated pairs (each 1-1 bead's source against the target of a bead {@value MatchRates#SHIFT} beads on, as
 * {@link MatchRates} does), and a CUSUM scan (E. S. Page, "Continuous Inspection Schemes", Biometrika 41, 1954)
 * adds {@code ln(q0/q1)} per unsupported bead and {@code ln((1-q0)/(1-q1))} per supported one: a stretch is reported
 * once the sum climbs {@value #THRESHOLD} nats, far more than the path's aligned parts reach by chance. Null beads
 * are skipped (a real omission is a run of them, and correct). Language pairs without shared words (English and
 * Japanese) have {@code q0} close to {@code q1}, and nothing is reported.
 */
final class UnsupportedStretches {

    static final double THRESHOLD = 20;
    /** Below this difference of the two rates the test has no power (and a stray stretch is not worth a search). */
    static final double MIN_RATE_GAP = 0.2;
    /** Edge cells at most this many rows apart belong to one stretch. */
    static final int EDGE_GAP = 8;

    private UnsupportedStretches() {
    }

    /** A stretch of source rows {@code [firstRow, lastRow]} of the path. */
    record Stretch(int firstRow, int lastRow) {
    }

    /**
     * The stretches found, or null when the path's beads are no better supported than unrelated pairs (or too few to
     * tell): a language pair without shared words, or a path lost almost everywhere.
     */
    static List<Stretch> of(List<BandedSearch.Step> path, SideItems source, SideItems target) {
        List<BandedSearch.Step> paired = new ArrayList<>();
        List<BandedSearch.Step> oneToOne = new ArrayList<>();
        for (BandedSearch.Step step : path) {
            if (step.a() > 0 && step.b() > 0) {
                paired.add(step);
            }
            if (step.a() == 1 && step.b() == 1) {
                oneToOne.add(step);
            }
        }
        if (oneToOne.size() <= 2 * MatchRates.SHIFT) {
            return null;
        }
        boolean[] unsupported = new boolean[paired.size()];
        int unsupportedCount = 0;
        for (int k = 0; k < paired.size(); k++) {
            BandedSearch.Step step = paired.get(k);
            unsupported[k] = !shareRareItem(source, step.i(), step.a(), target, step.j(), step.b());
            unsupportedCount += unsupported[k] ? 1 : 0;
        }
        int unrelatedUnsupported = 0;
        for (int k = 0; k < oneToOne.size(); k++) {
            BandedSearch.Step other = oneToOne.get((k + MatchRates.SHIFT) % oneToOne.size());
            unrelatedUnsupported += shareRareItem(source, oneToOne.get(k).i(), 1, target, other.j(), 1) ? 0 : 1;
        }
        double q1 = (unsupportedCount + 1.0) / (paired.size() + 2.0);
        double q0 = (unrelatedUnsupported + 1.0) / (oneToOne.size() + 2.0);
        if (q0 - q1 < MIN_RATE_GAP) {
            return null;
        }
        return scan(paired, unsupported, Math.log(q0 / q1), Math.log((1 - q0) / (1 - q1)));
    }

    /**
     * The stretches where the path runs along an inner edge of its band (as far as {@link #EDGE_GAP} rows apart),
     * held back by it: a long omission cannot fit into a band around a length-only path at all.
     */
    static List<Stretch> onInnerEdge(List<BandedSearch.Step> path, Band band) {
        List<Stretch> stretches = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (BandedSearch.Step step : path) {
            if (band.isOnInnerEdge(step.i(), step.j())) {
                if (first >= 0 && step.i() - last > EDGE_GAP) {
                    stretches.add(new Stretch(first, last));
                    first = -1;
                }
                first = first < 0 ? step.i() : first;
                last = step.i();
            }
        }
        if (first >= 0) {
            stretches.add(new Stretch(first, last));
        }
        return stretches;
    }

    /** CUSUM: each stretch runs from where the sum last left 0 to where it peaked, once the peak passed the limit. */
    private static List<Stretch> scan(List<BandedSearch.Step> beads, boolean[] unsupported, double unsupportedWeight,
                                      double supportedWeight) {
        List<Stretch> stretches = new ArrayList<>();
        double sum = 0;
        double peak = 0;
        int start = 0;
        int peakAt = 0;
        for (int k = 0; k <= beads.size(); k++) {
            boolean ends = k == beads.size();
            if (!ends) {
                sum = Math.max(0, sum + (unsupported[k] ? unsupportedWeight : supportedWeight));
                if (sum > peak) {
                    peak = sum;
                    peakAt = k;
                }
            }
            if (ends || sum == 0) {
                if (peak >= THRESHOLD) {
                    BandedSearch.Step last = beads.get(peakAt);
                    stretches.add(new Stretch(beads.get(start).i(), last.i() + last.a()));
                }
                sum = 0;
                peak = 0;
                start = k + 1;
            }
        }
        return stretches;
    }

    /** Whether some segment pair of the bead shares a rare word or a number. */
    private static boolean shareRareItem(SideItems source, int i, int a, SideItems target, int j, int b) {
        long[] masks = new long[2];
        for (int s = i; s < i + a; s++) {
            long rare = source.rareMask(s);
            for (int t = j; t < j + b; t++) {
                SideItems.match(source.entries[s], target.entries[t], masks);
                if ((masks[0] & rare) != 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
