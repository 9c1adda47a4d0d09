package org.parallax.library;

import java.util.List;

/** A work with its versions, source first. */
public record WorkSummary(long id, String slug, String title, String description, List<VersionSummary> versions) {

    public WorkSummary {
        versions = List.copyOf(versions);
    }
}
