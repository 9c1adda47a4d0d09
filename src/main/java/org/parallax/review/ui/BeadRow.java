package org.parallax.review.ui;

import org.parallax.review.StoredBead;

/**
 * A bead with its row number in the list shown (which may be filtered). Rows are the same row when they show the
 * same stored bead, so the grid keeps a selection across refreshes.
 */
record BeadRow(int row, StoredBead bead) {

    @Override
    public boolean equals(Object other) {
        return other instanceof BeadRow that && that.bead.id() == bead.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bead.id());
    }
}
