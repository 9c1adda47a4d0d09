package org.parallax.review;

import java.util.ArrayList;
import java.util.List;
import org.parallax.core.align.Alignment;
import org.parallax.core.align.Bead;
import org.parallax.core.review.BeadRange;
import org.parallax.core.review.BeadStatus;
import org.parallax.core.review.ReviewBead;

/** Converts between the aligner's beads (index lists) and review beads (sentence ranges). */
final class AlignedBeads {

    private AlignedBeads() {
    }

    /** The aligner's beads as review beads with status AUTO; the alignment must cover both texts in order. */
    static List<ReviewBead> toReview(Alignment alignment) {
        List<ReviewBead> beads = new ArrayList<>(alignment.beads().size());
        int source = 0;
        int target = 0;
        for (Bead bead : alignment.beads()) {
            BeadRange range = new BeadRange(source, source + bead.source().size(), target, target + bead.target().size());
            beads.add(new ReviewBead(range, bead.confidence(), BeadStatus.AUTO));
            source = range.sourceEnd();
            target = range.targetEnd();
        }
        return beads;
    }

    /** A review bead as an aligner anchor. */
    static Bead toAnchor(ReviewBead bead) {
        BeadRange r = bead.range();
        return Bead.of(r.sourceStart(), r.sourceSize(), r.targetStart(), r.targetSize(), bead.confidence());
    }
}
