package org.parallax.core.align;

import java.util.List;

/**
 * Chooses the search band for long texts coarse-to-fine, as B. Thompson and P. Koehn do in Vecalign
 * ("Vecalign: Improved Sentence Alignment in Linear Time and Space", EMNLP 2019): consecutive segments are
 * merged into blocks of {@value #FACTOR}, the blocks are aligned by length (recursively, the same way), and
 * the fine search is restricted to a band around the projected block path. Time and memory are linear in
 * the text length; texts small enough for a full search ({@value #FULL_SEARCH_CELLS} cells) get one.
 */
final class CoarseToFine {

    static final int FACTOR = 8;
    static final long FULL_SEARCH_CELLS = 4_000_000;
    /**
     * Block levels get a full search only up to this many cells: a length-only search over blocks is there
     * to place a band, and one more level of blocks does that at a fraction of the cost (for 10k segments,
     * 1,250 blocks a side took 1.6M cells, a fifth of the whole run; 157 blocks and a band take 75k).
     */
    static final long COARSE_FULL_SEARCH_CELLS = 250_000;
    /** Half-width of the fine band in segments: a block path may be off by up to two blocks where deletions pile up. */
    static final int WIDTH = 2 * FACTOR + 4;

    private CoarseToFine() {
    }

    /** A band over the lattice of the two length lists, found by length-only alignment of ever coarser blocks. */
    static Band band(double[] sourceLengths, double[] targetLengths, double ratio, double variance) {
        return band(sourceLengths, targetLengths, ratio, variance, FULL_SEARCH_CELLS);
    }

    private static Band band(double[] sourceLengths, double[] targetLengths, double ratio, double variance,
                             long fullSearchCells) {
        int n = sourceLengths.length;
        int m = targetLengths.length;
        if ((long) (n + 1) * (m + 1) <= fullSearchCells || n == 0 || m == 0) {
            return Band.full(n, m);
        }
        double stretch = (double) m / n;
        double[] coarseSource = blocks(sourceLengths, 1);
        double[] coarseTarget = blocks(targetLengths, stretch);
        Band coarseBand = band(coarseSource, coarseTarget, ratio, variance, COARSE_FULL_SEARCH_CELLS);
        LengthCost cost = new LengthCost(coarseSource, coarseTarget, ratio, variance);
        List<BandedSearch.Step> path = new BandedSearch(coarseBand, BeadTypes.GALE_CHURCH, cost).bestPath();
        int[] cornersI = new int[path.size() + 1];
        int[] cornersJ = new int[path.size() + 1];
        for (int k = 0; k < path.size(); k++) {
            cornersI[k + 1] = (path.get(k).i() + path.get(k).a()) * FACTOR;
            cornersJ[k + 1] = (int) Math.round((path.get(k).j() + path.get(k).b()) * FACTOR * stretch);
        }
        return Band.around(cornersI, cornersJ, n, m, WIDTH);
    }

    /** A band of the given half-width around a path of steps, for a refining pass. */
    static Band around(List<BandedSearch.Step> path, int n, int m, int width) {
        int[] cornersI = new int[path.size() + 1];
        int[] cornersJ = new int[path.size() + 1];
        for (int k = 0; k < path.size(); k++) {
            cornersI[k + 1] = path.get(k).i() + path.get(k).a();
            cornersJ[k + 1] = path.get(k).j() + path.get(k).b();
        }
        return Band.around(cornersI, cornersJ, n, m, width);
    }

    /**
     * Sums consecutive lengths into blocks of {@code FACTOR * stretch} elements (fractional block boundaries),
     * so that with {@code stretch = m / n} the target gets as many blocks as the source and block k of each side
     * covers the same stretch of text on average; otherwise every deletion would shift all later blocks.
     */
    private static double[] blocks(double[] lengths, double stretch) {
        int count = Math.max(1, (int) Math.ceil(lengths.length / (FACTOR * stretch)));
        double[] merged = new double[count];
        for (int k = 0; k < lengths.length; k++) {
            merged[Math.min(count - 1, (int) (k / (FACTOR * stretch)))] += lengths[k];
        }
        return merged;
    }
}
