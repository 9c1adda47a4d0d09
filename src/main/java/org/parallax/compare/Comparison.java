package org.parallax.compare;

import java.util.List;
import org.parallax.library.VersionSummary;

/**
 * Several versions of one work side by side: the pivot first, then the others in the order asked for; one row per
 * group of pivot sentences that every version's alignment keeps whole.
 */
public record Comparison(long workId, String workSlug, String workTitle, List<VersionSummary> versions,
                         List<ComparisonRow> rows) {

    public Comparison {
        versions = List.copyOf(versions);
        rows = List.copyOf(rows);
    }

    public VersionSummary pivot() {
        return versions.getFirst();
    }
}
