package org.parallax.flags;

import java.util.List;
import org.parallax.review.AlignmentSummary;
import org.parallax.review.BeadFilter;
import org.parallax.review.ReviewService;
import org.parallax.review.StoredBead;
import org.parallax.library.LibraryService;
import org.springframework.stereotype.Component;

/** Loads an alignment's versions and beads as an {@link AlignedSource}. Internal to the flags feature. */
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
        return new AlignedSource(library.version(alignment.sourceVersionId()).orElseThrow(),
                library.version(alignment.targetVersionId()).orElseThrow(),
                beads.stream().map(StoredBead::range).toList());
    }
}
