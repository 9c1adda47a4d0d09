package org.parallax.flags;

import java.util.List;
import org.parallax.core.review.BeadEdits;
import org.parallax.core.review.BeadRange;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionExcerpt;
import org.parallax.review.AlignmentSummary;
import org.parallax.review.BeadFilter;
import org.parallax.review.BeadsChanged;
import org.parallax.review.ReviewService;
import org.parallax.review.StoredBead;
import org.springframework.stereotype.Component;

/** Loads an alignment's versions and beads, or a region of them, as an {@link AlignedSource}. Internal to flags. */
@Component
class AlignedSources {

    private final ReviewService review;
    private final LibraryService library;

    AlignedSources(ReviewService review, LibraryService library) {
        this.review = review;
        this.library = library;
    }

    /** @throws IllegalArgumentException when there is no such alignment */
    AlignedSource of(long alignmentId) {
        AlignmentSummary alignment = review.alignment(alignmentId)
                .orElseThrow(() -> new IllegalArgumentException("no alignment " + alignmentId));
        List<StoredBead> beads = review.page(alignmentId, BeadFilter.ALL, 0, Integer.MAX_VALUE);
        return new AlignedSource(VersionExcerpt.whole(library.version(alignment.sourceVersionId()).orElseThrow()),
                VersionExcerpt.whole(library.version(alignment.targetVersionId()).orElseThrow()),
                beads.stream().map(StoredBead::range).toList());
    }

    /**
     * The changed region alone: its beads and their sentences on both sides, which is all that flags starting in the
     * region's target sentences need. A region is the sentences of consecutive beads that were replaced by beads
     * covering the same sentences ({@link BeadsChanged}); should the beads read not cover it exactly, the whole
     * alignment is loaded instead, so a flag never misses its bead.
     */
    AlignedSource around(BeadsChanged changed) {
        BeadRange region = changed.region();
        List<BeadRange> beads = review.beadsIn(changed.alignmentId(), region).stream().map(StoredBead::range).toList();
        if (!cover(beads, region)) {
            return of(changed.alignmentId());
        }
        VersionExcerpt source = library.excerpt(changed.sourceVersionId(), region.sourceStart(), region.sourceEnd())
                .orElseThrow();
        VersionExcerpt target = library.excerpt(changed.targetVersionId(), region.targetStart(), region.targetEnd())
                .orElseThrow();
        return new AlignedSource(source, target, beads);
    }

    /** Whether the beads follow each other and span exactly the region's sentences on both sides. */
    private static boolean cover(List<BeadRange> beads, BeadRange region) {
        try {
            return BeadEdits.merge(beads).equals(region);
        } catch (IllegalArgumentException notConsecutive) {
            return false;
        }
    }
}
