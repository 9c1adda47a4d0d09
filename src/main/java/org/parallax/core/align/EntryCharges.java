package org.parallax.core.align;

/**
 * Match and miss charges of an item that is compared with {@code K} entries of the other side of a bead, where
 * the chance of a match grows with {@code K} rather than with the other side's segment count: adding a three-word
 * segment to a bead then dilutes its matches far less than adding a forty-word one. Per entry the chance rate is
 * {@code q = -ln(1 - p0) / mean}, with {@code mean} the average entry count an item met in the 1-1 beads, so
 * {@code chance = 1 - exp(-q K)} and {@code translated = 1 - (1 - p1) exp(-q max(0, K - mean))}; at
 * {@code K = mean} both equal the per-segment rates of {@link MatchRates}, so nothing new is fitted.
 * <p>
 * {@code K} is the other side's own entries plus {@code unevidenced} times the mean (a segment of the bead that
 * matched nothing counts as one average segment; see {@link LexicalCost}), so the charges are tabulated for whole
 * own counts and 0-4 such segments.
 */
final class EntryCharges implements ItemCharges {

    /** Own entry counts up to this are tabulated; larger ones (rare) are computed when asked. */
    private static final int TABULATED = 128;
    private static final int MAX_UNEVIDENCED = 4;

    private final MatchRates rates;
    /** Match and miss charge side by side, at {@code 2 * (row(side, kind, unevidenced) * TABULATED + own)}. */
    private final double[] charges = new double[2 * 2 * SideItems.KINDS * (MAX_UNEVIDENCED + 1) * TABULATED];
    /** {@link #mostPerItem} per {@code [side][kind]}. */
    private final double[][] most = new double[2][SideItems.KINDS];

    EntryCharges(MatchRates rates) {
        this.rates = rates;
        double[] pair = new double[2];
        for (int side = 0; side < 2; side++) {
            for (int kind = 0; kind < SideItems.KINDS; kind++) {
                for (int unevidenced = 0; unevidenced <= MAX_UNEVIDENCED; unevidenced++) {
                    for (int own = 0; own < TABULATED; own++) {
                        compute(side, kind, own + unevidenced * rates.meanEntries(side, kind), pair);
                        int at = 2 * (row(side, kind, unevidenced) * TABULATED + own);
                        charges[at] = pair[0];
                        charges[at + 1] = pair[1];
                        most[side][kind] = Math.max(most[side][kind], Math.max(pair[0], pair[1]));
                    }
                }
                // past the table: the match charge only falls as entries grow, the miss charge stays at its value
                // for the mean entry count
                compute(side, kind, rates.meanEntries(side, kind), pair);
                most[side][kind] = Math.max(most[side][kind], Math.max(pair[0], pair[1]));
            }
        }
    }

    /** Against {@code own} entries plus {@code unevidenced} average segments; the segment count does not matter. */
    @Override
    public double charge(int side, int kind, int otherSegments, int own, int unevidenced, int hits, int misses) {
        if (own < TABULATED) {
            int at = 2 * (row(side, kind, unevidenced) * TABULATED + own);
            return hits * charges[at] + misses * charges[at + 1];
        }
        double[] pair = new double[2];
        compute(side, kind, own + unevidenced * rates.meanEntries(side, kind), pair);
        return hits * pair[0] + misses * pair[1];
    }

    @Override
    public double mostPerItem(int side, int kind, int otherSegments) {
        return most[side][kind];
    }

    private void compute(int side, int kind, double entries, double[] charges) {
        double mean = Math.max(1, rates.meanEntries(side, kind));
        double perEntry = -Math.log(1 - rates.chanceRate(side, kind)) / mean;
        double chance = 1 - Math.exp(-perEntry * entries);
        double translated = 1 - (1 - rates.translatedRate(side, kind)) * Math.exp(-perEntry * Math.max(0, entries - mean));
        if (chance <= 0) {
            charges[0] = 0;
            charges[1] = Math.log(1 - translated);
        } else if (translated <= chance) {
            charges[0] = 0;
            charges[1] = 0;
        } else {
            charges[0] = Math.log(translated / chance);
            charges[1] = Math.log((1 - translated) / (1 - chance));
        }
    }

    private static int row(int side, int kind, int unevidenced) {
        return (side * SideItems.KINDS + kind) * (MAX_UNEVIDENCED + 1) + unevidenced;
    }
}
