package org.parallax.core.align;

/**
 * Lexical evidence for a bead: every item of a non-null bead is checked against the items of the other side
 * of the same bead, and its {@link MatchRates} charge is added (half from the source items, half from the
 * target items, so a matched pair is not counted twice). The items of a null bead get what they could expect
 * against one unrelated segment ({@link MatchRates#unrelatedCharge}, same half share): so joining a segment to a
 * neighbour wins over deleting it exactly when the neighbour matches it better than chance. With no charge,
 * deletion was the cheap escape for a short sentence whose words found no match, where the translation had in
 * fact joined it to a neighbour (Text+Berg: "Die erfolgreichen Bergsteiger waren :"); charging every item as
 * missed went too far the other way (true deletions of short verses were glued to a neighbour). Matches are
 * computed once per segment pair, only for pairs that some bead inside the search band can join.
 * <p>
 * The final pass charges {@linkplain EntryCharges per entry}: an item's chance of a match grows with how many
 * comparable entries the other side of the bead holds, not with its segment count, so a short segment that the
 * translation runs on into the next ("Die anderen Teilnehmer waren :") can join it without diluting every match
 * of the long one. Only a segment that shows it belongs counts with its own entries: one with no matched item
 * other than a punctuation mark counts as one average segment, as before, so an inserted heading ("Chapter 2")
 * or a deleted short verse is not glued to a neighbour for free.
 * The idea of combining length with lexical anchors follows Moore, "Fast and Accurate Sentence Alignment
 * of Bilingual Corpora" (AMTA 2002) and hunalign (Varga et al., RANLP 2005).
 */
final class LexicalCost implements BeadCost {

    static {
        if (SideItems.KINDS > 4) {
            throw new IllegalStateException("per-kind counts are packed 16 bits each into one long: four kinds at most");
        }
    }

    /** Nats by which {@link #lowerBound} stays below the cost it bounds. */
    static final double ROUNDING = 1e-9;

    private final SideItems source;
    private final SideItems target;
    /** Per segment: what its items can expect against one unrelated segment, the evidence of a null bead. */
    private final double[] sourceUnrelated;
    private final double[] targetUnrelated;
    private final double weight;
    private final int[] pairLo;
    private final int[] pairHi;
    private final int[] pairRowStart;
    private final long[] sourceMasks;
    private final long[] targetMasks;
    /** Per segment of the other side (earlier passes) or per comparable entry there (the final pass). */
    private final ItemCharges charges;
    /** Per segment, 16 bits per kind: its comparable entries, and its items. */
    private final long[] sourceComparable;
    private final long[] targetComparable;
    private final long[] sourceItemCounts;
    private final long[] targetItemCounts;
    /**
     * {@code [other side's segment count][segment]}: the most evidence the segment's items could give, each at its
     * largest charge, which bounds a bead's cost from below.
     */
    private final double[][] sourceMostEvidence;
    private final double[][] targetMostEvidence;

    /** Per-segment charges, as in the first lexical pass. */
    LexicalCost(SideItems source, SideItems target, MatchRates rates, Band band, double weight) {
        this(source, target, rates, band, weight, false);
    }

    /** With {@code perEntry}, the final pass's per-entry charges for non-null beads. */
    LexicalCost(SideItems source, SideItems target, MatchRates rates, Band band, double weight, boolean perEntry) {
        this.source = source;
        this.target = target;
        this.weight = weight;
        this.charges = perEntry ? new EntryCharges(rates) : rates;
        this.sourceComparable = packedComparable(source);
        this.targetComparable = packedComparable(target);
        this.sourceItemCounts = packedItemCounts(source);
        this.targetItemCounts = packedItemCounts(target);
        this.sourceUnrelated = unrelated(0, source, rates);
        this.targetUnrelated = unrelated(1, target, rates);
        this.sourceMostEvidence = mostEvidence(0, source, charges);
        this.targetMostEvidence = mostEvidence(1, target, charges);
        int n = source.size();
        int m = target.size();
        pairLo = new int[Math.max(n, 1)];
        pairHi = new int[Math.max(n, 1)];
        pairRowStart = new int[n + 1];
        long total = 0;
        for (int i = 0; i < n; i++) {
            // a bead that starts at cell (p, q) and ends at (p + a, q + b) in the band joins pairs
            // (i, j) with p <= i < p + a <= p + 4 and lo(p) <= q <= j < q + b <= hi(p + a)
            pairLo[i] = Math.min(band.lo(Math.max(0, i - 3)), m);
            pairHi[i] = Math.min(band.hi(Math.min(n, i + 4)), m) - 1;
            pairRowStart[i] = (int) total;
            total += Math.max(0, pairHi[i] - pairLo[i] + 1);
        }
        pairRowStart[n] = (int) total;
        sourceMasks = new long[(int) total];
        targetMasks = new long[(int) total];
        // the rows are independent: the first half of the pairs on the other core, the second half here
        int middle = firstRowFrom(total / 2);
        Background<Void> firstHalf = Background.start("parallax-pairs", total >= Background.WORTH_A_THREAD, () -> {
            matchRows(0, middle);
            return null;
        });
        matchRows(middle, n);
        firstHalf.join();
    }

    /** The first source row whose pairs start at or after the {@code pair}-th pair. */
    private int firstRowFrom(long pair) {
        int row = 0;
        while (row < source.size() && pairRowStart[row] < pair) {
            row++;
        }
        return row;
    }

    private void matchRows(int from, int to) {
        long[] masks = new long[2];
        for (int i = from; i < to; i++) {
            long[] a = source.entries[i];
            for (int j = pairLo[i]; j <= pairHi[i]; j++) {
                SideItems.match(a, target.entries[j], masks);
                int index = pairRowStart[i] + j - pairLo[i];
                sourceMasks[index] = masks[0];
                targetMasks[index] = masks[1];
            }
        }
    }

    /*
     * No arrays here: this runs for every bead of the band, twice in the final pass (forward and backward sweep).
     * Counts of the four kinds are packed into one long, 16 bits each (a segment has at most 2 x 64 entries, a bead
     * side at most four segments). An item's charge depends only on its side, its kind and the other side of the
     * bead, so the hits and items of each kind are summed over the side first and charged once per kind.
     */
    @Override
    public double cost(int i, int a, int j, int b) {
        if (a == 0) {
            return -weight * targetUnrelated[j] / 2;
        }
        if (b == 0) {
            return -weight * sourceUnrelated[i] / 2;
        }
        long sourceEntries = 0;
        long sourceHits = 0;
        long sourceItems = 0;
        int sourceUnevidenced = 0;
        for (int s = i; s < i + a; s++) {
            long matched = 0;
            for (int t = j; t < j + b; t++) {
                matched |= sourceMasks[pairIndex(s, t)];
            }
            if (showsItBelongs(source, s, matched)) {
                sourceEntries += sourceComparable[s];
            } else {
                sourceUnevidenced++;
            }
            sourceHits += packedHits(source, s, matched);
            sourceItems += sourceItemCounts[s];
        }
        long targetEntries = 0;
        long targetHits = 0;
        long targetItems = 0;
        int targetUnevidenced = 0;
        for (int t = j; t < j + b; t++) {
            long matched = 0;
            for (int s = i; s < i + a; s++) {
                matched |= targetMasks[pairIndex(s, t)];
            }
            if (showsItBelongs(target, t, matched)) {
                targetEntries += targetComparable[t];
            } else {
                targetUnevidenced++;
            }
            targetHits += packedHits(target, t, matched);
            targetItems += targetItemCounts[t];
        }
        double evidence = sideCharges(0, b, sourceHits, sourceItems, targetEntries, targetUnevidenced)
                + sideCharges(1, a, targetHits, targetItems, sourceEntries, sourceUnevidenced);
        return -weight * evidence / 2;
    }

    /**
     * All items hit (or miss, where that charges more) at their largest charge; null beads exactly. Less
     * {@value #ROUNDING} nats, since the cost adds the same charges in another order.
     */
    @Override
    public double lowerBound(int i, int a, int j, int b) {
        if (a == 0 || b == 0) {
            return cost(i, a, j, b);
        }
        double most = 0;
        for (int s = i; s < i + a; s++) {
            most += sourceMostEvidence[b][s];
        }
        for (int t = j; t < j + b; t++) {
            most += targetMostEvidence[a][t];
        }
        return -weight * most / 2 - ROUNDING;
    }

    /** A segment shows it belongs to the bead when an item other than a punctuation mark matched. */
    private static boolean showsItBelongs(SideItems items, int segment, long matched) {
        return (matched & ~items.kindMask(segment, ItemKind.PUNCTUATION.ordinal())) != 0;
    }

    private static long packedHits(SideItems items, int segment, long matched) {
        if (matched == 0) {
            return 0;
        }
        long hits = 0;
        for (int kind = 0; kind < SideItems.KINDS; kind++) {
            hits |= (long) Long.bitCount(matched & items.kindMask(segment, kind)) << (16 * kind);
        }
        return hits;
    }

    private double sideCharges(int side, int otherSegments, long hits, long items, long otherEntries,
                               int otherUnevidenced) {
        double sum = 0;
        for (int kind = 0; kind < SideItems.KINDS; kind++) {
            int count = unpack(items, kind);
            if (count > 0) {
                int hit = unpack(hits, kind);
                sum += charges.charge(side, kind, otherSegments, unpack(otherEntries, kind), otherUnevidenced, hit,
                        count - hit);
            }
        }
        return sum;
    }

    private static int unpack(long packed, int kind) {
        return (int) (packed >>> (16 * kind)) & 0xFFFF;
    }

    /** Per segment, how many items it has of each kind, 16 bits each. */
    private static long[] packedItemCounts(SideItems items) {
        long[] packed = new long[items.size()];
        for (int segment = 0; segment < items.size(); segment++) {
            for (int kind = 0; kind < SideItems.KINDS; kind++) {
                packed[segment] |= (long) Long.bitCount(items.kindMask(segment, kind)) << (16 * kind);
            }
        }
        return packed;
    }

    /** Per segment, its {@link SideItems#comparable} counts of the four kinds, 16 bits each. */
    private static long[] packedComparable(SideItems items) {
        long[] packed = new long[items.size()];
        for (int segment = 0; segment < items.size(); segment++) {
            for (int kind = 0; kind < SideItems.KINDS; kind++) {
                packed[segment] |= (long) items.comparable(segment, kind) << (16 * kind);
            }
        }
        return packed;
    }

    private static double[][] mostEvidence(int side, SideItems items, ItemCharges charges) {
        double[][] most = new double[5][];
        for (int others = 1; others <= 4; others++) {
            most[others] = new double[items.size()];
            for (int segment = 0; segment < items.size(); segment++) {
                for (int kind = 0; kind < SideItems.KINDS; kind++) {
                    most[others][segment] += Long.bitCount(items.kindMask(segment, kind))
                            * charges.mostPerItem(side, kind, others);
                }
            }
        }
        return most;
    }

    private static double[] unrelated(int side, SideItems items, MatchRates rates) {
        double[] charges = new double[items.size()];
        for (int segment = 0; segment < items.size(); segment++) {
            for (int kind = 0; kind < SideItems.KINDS; kind++) {
                charges[segment] += Long.bitCount(items.kindMask(segment, kind)) * rates.unrelatedCharge(side, kind);
            }
        }
        return charges;
    }

    private int pairIndex(int s, int t) {
        return pairRowStart[s] + t - pairLo[s];
    }
}
