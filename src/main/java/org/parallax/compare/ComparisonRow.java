package org.parallax.compare;

import java.util.List;

/**
 * One row of a comparison: a cell per version (in the comparison's version order) and how much the versions differ
 * here, in [0, 1] (see {@link ComparisonService} for how it is scored).
 *
 * @param index 0-based position among the rows
 */
public record ComparisonRow(int index, List<ComparisonCell> cells, double variation) {

    public ComparisonRow {
        cells = List.copyOf(cells);
    }
}
