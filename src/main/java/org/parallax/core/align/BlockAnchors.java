package org.parallax.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Anchors from a lexical alignment of blocks of {@value #BLOCK} segments, for a path that has lost the translation
 * almost everywhere (a passage left out that is long against the whole text makes the length-only path spread the
 * shortfall over all of it, and then no part of the lexical path is right to compare with). Each block is the set of
 * its rare words and numbers (keys and listed translations); the monotone path of block pairs with the most shared
 * items, gaps free, is found by dynamic programming in a band of {@value #BAND} blocks either side of the given path
 * (the longest common subsequence at block level, as Vecalign aligns blocks of sentence embeddings before sentences:
 * Thompson and Koehn, EMNLP 2019). Its block pairs that share at least {@value #MIN_SHARED} items, and more than twice
 * as many as the source block shares with the path's target blocks, are the anchors: where the path is clearly beaten
 * (a text that repeats itself offers other pairs as good as the path's, and those must not pull it away).
 */
final class BlockAnchors {

    static final int BLOCK = 8;
    static final int BAND = 64;
    static final int MIN_SHARED = 3;

    private BlockAnchors() {
    }

    /** An anchor: source segment {@code i} and target segment {@code j} begin blocks that share many items. */
    record Anchor(int i, int j) {
    }

    static List<Anchor> of(List<BandedSearch.Step> path, SideItems source, SideItems target) {
        int[][] sourceBlocks = blocks(source);
        int[][] targetBlocks = blocks(target);
        int rows = sourceBlocks.length;
        int columns = targetBlocks.length;
        int[] centre = pathColumns(path, rows);
        int width = 2 * BAND + 1;
        int[] score = new int[(rows + 1) * width];
        byte[] move = new byte[(rows + 1) * width];
        for (int r = 0; r <= rows; r++) {
            int first = firstColumn(centre, r);
            for (int c = Math.max(0, first); c <= Math.min(columns, first + width - 1); c++) {
                int here = r * width + c - first;
                int best = 0;
                byte from = 0;
                if (c > first && c > 0) {
                    best = score[here - 1];
                    from = 1;
                }
                if (r > 0 && inRow(centre, r - 1, c) && score[cell(centre, r - 1, c, width)] > best) {
                    best = score[cell(centre, r - 1, c, width)];
                    from = 2;
                }
                if (r > 0 && c > 0 && inRow(centre, r - 1, c - 1)) {
                    int diagonal = score[cell(centre, r - 1, c - 1, width)]
                            + shared(sourceBlocks[r - 1], targetBlocks[c - 1]);
                    if (diagonal > best) {
                        best = diagonal;
                        from = 3;
                    }
                }
                score[here] = best;
                move[here] = from;
            }
        }
        return anchors(centre, move, sourceBlocks, targetBlocks, rows, Math.min(columns,
                firstColumn(centre, rows) + width - 1), width);
    }

    private static List<Anchor> anchors(int[] centre, byte[] move, int[][] sourceBlocks, int[][] targetBlocks,
                                        int rows, int lastColumn, int width) {
        List<Anchor> anchors = new ArrayList<>();
        int r = rows;
        int c = lastColumn;
        while (r > 0 && c >= 0 && inRow(centre, r, c)) {
            byte from = move[cell(centre, r, c, width)];
            if (from == 3) {
                int shared = shared(sourceBlocks[r - 1], targetBlocks[c - 1]);
                int onPath = sharedOnPath(sourceBlocks[r - 1], targetBlocks, centre[r - 1]);
                if (shared >= MIN_SHARED && shared > 2 * onPath) {
                    anchors.add(new Anchor((r - 1) * BLOCK, (c - 1) * BLOCK));
                }
                r--;
                c--;
            } else if (from == 2) {
                r--;
            } else if (from == 1) {
                c--;
            } else {
                break;
            }
        }
        Collections.reverse(anchors);
        return anchors;
    }

    /** The most items a source block shares with the target blocks at and beside the path's. */
    private static int sharedOnPath(int[] sourceBlock, int[][] targetBlocks, int pathColumn) {
        int most = 0;
        for (int c = Math.max(0, pathColumn - 1); c <= Math.min(targetBlocks.length - 1, pathColumn + 1); c++) {
            most = Math.max(most, shared(sourceBlock, targetBlocks[c]));
        }
        return most;
    }

    /** Per source block row, the target block the path is at when it enters the row. */
    private static int[] pathColumns(List<BandedSearch.Step> path, int rows) {
        int[] centre = new int[rows + 1];
        Arrays.fill(centre, -1);
        for (BandedSearch.Step step : path) {
            for (int i = step.i(); i <= step.i() + step.a(); i++) {
                if (i % BLOCK == 0 && centre[i / BLOCK] < 0) {
                    centre[i / BLOCK] = step.j() / BLOCK;
                }
            }
        }
        for (int r = 1; r <= rows; r++) {
            centre[r] = centre[r] < 0 ? centre[r - 1] : centre[r];
        }
        return centre;
    }

    private static int firstColumn(int[] centre, int row) {
        return centre[row] - BAND;
    }

    private static boolean inRow(int[] centre, int row, int column) {
        return column >= Math.max(0, firstColumn(centre, row)) && column <= firstColumn(centre, row) + 2 * BAND;
    }

    private static int cell(int[] centre, int row, int column, int width) {
        return row * width + column - firstColumn(centre, row);
    }

    /** Per block, the sorted distinct keys of its rare words and numbers (with listed translations on the source). */
    private static int[][] blocks(SideItems items) {
        int count = (items.size() + BLOCK - 1) / BLOCK;
        int[][] blocks = new int[count][];
        long[] buffer = new long[64];
        for (int b = 0; b < count; b++) {
            int size = 0;
            for (int s = b * BLOCK; s < Math.min(items.size(), (b + 1) * BLOCK); s++) {
                long rare = items.rareMask(s);
                for (long entry : items.entries[s]) {
                    if ((rare >>> (entry & 63) & 1) != 0) {
                        if (size == buffer.length) {
                            buffer = Arrays.copyOf(buffer, size * 2);
                        }
                        buffer[size++] = entry >>> 6;
                    }
                }
            }
            blocks[b] = Arrays.stream(buffer, 0, size).sorted().distinct().mapToInt(key -> (int) key).toArray();
        }
        return blocks;
    }

    private static int shared(int[] a, int[] b) {
        int count = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] < b[y]) {
                x++;
            } else if (a[x] > b[y]) {
                y++;
            } else {
                count++;
                x++;
                y++;
            }
        }
        return count;
    }
}
