package org.parallax.core.align;

/**
 * The cells {@code (i, j)} of the alignment lattice that a search may visit: for every source position
 * {@code i in [0, n]} an interval {@code [lo[i], hi[i]]} of target positions, non-decreasing in {@code i}.
 * Cell {@code (i, j)} means "the first i source and first j target segments are aligned".
 * Memory is linear in the number of cells, which is linear in the text length for a band of fixed width.
 */
final class Band {

    final int n;
    final int m;
    private final int[] lo;
    private final int[] hi;
    private final int[] rowStart;

    private Band(int n, int m, int[] lo, int[] hi) {
        this.n = n;
        this.m = m;
        this.lo = lo;
        this.hi = hi;
        this.rowStart = new int[n + 2];
        long total = 0;
        for (int i = 0; i <= n; i++) {
            rowStart[i] = (int) total;
            total += hi[i] - lo[i] + 1;
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("search band too large: " + total + " cells");
            }
        }
        rowStart[n + 1] = (int) total;
    }

    /** Every cell: the classic quadratic search, for small inputs. */
    static Band full(int n, int m) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        java.util.Arrays.fill(hi, m);
        return new Band(n, m, lo, hi);
    }

    /**
     * Cells within {@code width} of a monotone path through corner points ({@code cornersI[k], cornersJ[k]}),
     * from (0, 0) to (n, m): each row spans the target range of the path segments that cross it (a whole block
     * for a coarse path), widened by {@code width} on both sides.
     */
    static Band around(int[] cornersI, int[] cornersJ, int n, int m, int width) {
        int[] pathLo = new int[n + 1];
        int[] pathHi = new int[n + 1];
        java.util.Arrays.fill(pathLo, Integer.MAX_VALUE);
        java.util.Arrays.fill(pathHi, -1);
        for (int k = 0; k < cornersI.length; k++) {
            int i0 = Math.min(cornersI[k], n);
            int j0 = Math.min(cornersJ[k], m);
            int i1 = k + 1 < cornersI.length ? Math.min(cornersI[k + 1], n) : i0;
            int j1 = k + 1 < cornersJ.length ? Math.min(cornersJ[k + 1], m) : j0;
            for (int i = i0; i <= i1; i++) {
                pathLo[i] = Math.min(pathLo[i], j0);
                pathHi[i] = Math.max(pathHi[i], j1);
            }
        }
        pathLo[0] = 0;
        pathHi[n] = m;
        for (int i = 1; i <= n; i++) {
            pathHi[i] = Math.max(pathHi[i], pathHi[i - 1]);
        }
        for (int i = n - 1; i >= 0; i--) {
            pathLo[i] = Math.min(pathLo[i], pathLo[i + 1]);
        }
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            lo[i] = Math.max(0, pathLo[i] - width);
            hi[i] = Math.min(m, pathHi[i] + width);
        }
        return new Band(n, m, lo, hi);
    }

    /**
     * This band with the rows {@code [fromRow, toRow]} widened by {@code width} target positions on both sides (and
     * the rows around them as far as needed to keep both ends non-decreasing).
     */
    Band widened(int fromRow, int toRow, int width) {
        int[] newLo = lo.clone();
        int[] newHi = hi.clone();
        for (int i = Math.max(0, fromRow); i <= Math.min(n, toRow); i++) {
            newLo[i] = Math.max(0, lo[i] - width);
            newHi[i] = Math.min(m, hi[i] + width);
        }
        for (int i = n - 1; i >= 0; i--) {
            newLo[i] = Math.min(newLo[i], newLo[i + 1]);
        }
        for (int i = 1; i <= n; i++) {
            newHi[i] = Math.max(newHi[i], newHi[i - 1]);
        }
        return new Band(n, m, newLo, newHi);
    }

    /**
     * Whether cell {@code (i, j)} lies on the band's lower or upper edge where that edge is not the lattice's own
     * (a path found there may have been held back by the band).
     */
    boolean isOnInnerEdge(int i, int j) {
        return j == lo[i] && lo[i] > 0 || j == hi[i] && hi[i] < m;
    }

    int lo(int i) {
        return lo[i];
    }

    int hi(int i) {
        return hi[i];
    }

    int cells() {
        return rowStart[n + 1];
    }

    boolean contains(int i, int j) {
        return i >= 0 && i <= n && j >= lo[i] && j <= hi[i];
    }

    /** Index of a cell inside the band in the flat arrays of a search; the cell must be {@link #contains contained}. */
    int index(int i, int j) {
        return rowStart[i] + j - lo[i];
    }
}
