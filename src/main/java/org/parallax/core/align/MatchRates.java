package org.parallax.core.align;

import java.util.List;

/**
 * How often an item of each kind finds a match on the other side in a true translation pair ({@code p1})
 * and in an unrelated pair ({@code p0}), estimated from the document pair itself: from the 1-1 beads of a
 * previous pass, against the same source segments paired with the target of a bead further on. Estimating
 * the rates per document is what lets the per-item charges adapt to the language pair: for English and
 * Japanese words never match, {@code p1 = p0}, and words carry no weight; numbers and marks still do.
 * The charges are naive-Bayes log-likelihood ratios, one per item: {@code ln(p1/p0)} for a match,
 * {@code ln((1-p1)/(1-p0))} for a miss.
 */
final class MatchRates implements ItemCharges {

    /** Distance in beads to the unrelated pair. */
    static final int SHIFT = 7;

    /** Charges {@code [side][kind][other side's segment count]}: side 0 = source items, 1 = target items. */
    private final double[][][] matchCharge = new double[2][SideItems.KINDS][5];
    private final double[][][] missCharge = new double[2][SideItems.KINDS][5];
    /** Expected charge {@code [side][kind]} of an item compared with one unrelated segment (minus KL(p0 || p1)). */
    private final double[][] unrelatedCharge = new double[2][SideItems.KINDS];
    /** The rates themselves, {@code [side][kind]}, for {@link EntryCharges}. */
    private final double[][] translatedRate = new double[2][SideItems.KINDS];
    private final double[][] chanceRate = new double[2][SideItems.KINDS];
    /**
     * {@code [side][kind]}: how many entries an item of the kind had to match against in the 1-1 beads, on average
     * (the other side's segment's {@link SideItems#comparable} count).
     */
    private final double[][] meanEntries = new double[2][SideItems.KINDS];

    private MatchRates() {
    }

    static MatchRates estimate(List<BandedSearch.Step> path, SideItems source, SideItems target) {
        long[][] counts = new long[2][SideItems.KINDS * 4];
        double[][] entrySums = new double[2][SideItems.KINDS];
        int[] oneToOne = java.util.stream.IntStream.range(0, path.size())
                .filter(k -> path.get(k).a() == 1 && path.get(k).b() == 1).toArray();
        for (int k = 0; k < oneToOne.length; k++) {
            BandedSearch.Step step = path.get(oneToOne[k]);
            BandedSearch.Step other = path.get(oneToOne[(k + SHIFT) % oneToOne.length]);
            if (oneToOne.length > 2 * SHIFT) {
                count(counts, source, target, step.i(), other.j(), 2);
            }
            count(counts, source, target, step.i(), step.j(), 0);
            for (int kind = 0; kind < SideItems.KINDS; kind++) {
                entrySums[0][kind] += target.comparable(step.j(), kind);
                entrySums[1][kind] += source.comparable(step.i(), kind);
            }
        }
        MatchRates rates = new MatchRates();
        for (int side = 0; side < 2; side++) {
            for (int kind = 0; kind < SideItems.KINDS; kind++) {
                rates.meanEntries[side][kind] = entrySums[side][kind] / Math.max(1, oneToOne.length);
            }
        }
        for (int side = 0; side < 2; side++) {
            for (int kind = 0; kind < SideItems.KINDS; kind++) {
                long[] c = counts[side];
                double p1 = (c[kind * 4] + 1.0) / (c[kind * 4 + 1] + 2.0);
                double p0 = (c[kind * 4 + 2] + 1.0) / (c[kind * 4 + 3] + 2.0);
                if (oneToOne.length <= 2 * SHIFT) {
                    p0 = 0.05;
                }
                rates.set(side, kind, Math.min(p1, 0.98), Math.max(p0, 0.002));
            }
        }
        return rates;
    }

    private void set(int side, int kind, double p1, double p0) {
        translatedRate[side][kind] = p1;
        chanceRate[side][kind] = p0;
        for (int others = 1; others <= 4; others++) {
            double chance = 1 - Math.pow(1 - p0, others);
            double translated = 1 - (1 - p1) * Math.pow(1 - p0, others - 1);
            if (translated <= chance) {
                continue;
            }
            matchCharge[side][kind][others] = Math.log(translated / chance);
            missCharge[side][kind][others] = Math.log((1 - translated) / (1 - chance));
            if (others == 1) {
                unrelatedCharge[side][kind] = chance * matchCharge[side][kind][1] + (1 - chance) * missCharge[side][kind][1];
            }
        }
    }

    /**
     * The charge one item can expect when its segment is paired with an unrelated one ({@code p0} times the match
     * charge plus {@code 1 - p0} times the miss charge, i.e. minus the Kullback-Leibler divergence of the unrelated
     * from the translated match distribution); at most 0.
     */
    double unrelatedCharge(int side, int kind) {
        return unrelatedCharge[side][kind];
    }

    /** Per segment of the other side: its entries and which segments show they belong do not matter. */
    @Override
    public double charge(int side, int kind, int otherSegments, int otherEntries, int otherUnevidenced, int hits,
                         int misses) {
        return hits * matchCharge[side][kind][otherSegments] + misses * missCharge[side][kind][otherSegments];
    }

    @Override
    public double mostPerItem(int side, int kind, int otherSegments) {
        return Math.max(matchCharge[side][kind][otherSegments], missCharge[side][kind][otherSegments]);
    }

    /** {@code p1}: how often an item of this side and kind matches in a true translation pair. */
    double translatedRate(int side, int kind) {
        return translatedRate[side][kind];
    }

    /** {@code p0}: how often it matches in an unrelated pair of segments. */
    double chanceRate(int side, int kind) {
        return chanceRate[side][kind];
    }

    /** How many comparable entries an item of this side and kind met in a 1-1 bead, on average. */
    double meanEntries(int side, int kind) {
        return meanEntries[side][kind];
    }

    private static void count(long[][] counts, SideItems source, SideItems target, int i, int j, int offset) {
        long[] masks = new long[2];
        SideItems.match(source.entries[i], target.entries[j], masks);
        for (int kind = 0; kind < SideItems.KINDS; kind++) {
            long sourceKind = source.kindMask(i, kind);
            long targetKind = target.kindMask(j, kind);
            counts[0][kind * 4 + offset] += Long.bitCount(masks[0] & sourceKind);
            counts[0][kind * 4 + offset + 1] += Long.bitCount(sourceKind);
            counts[1][kind * 4 + offset] += Long.bitCount(masks[1] & targetKind);
            counts[1][kind * 4 + offset + 1] += Long.bitCount(targetKind);
        }
    }
}
