package org.parallax.library;

import java.util.List;
import java.util.Optional;

/** A work with its versions, source first. */
public record WorkSummary(long id, String slug, String title, String description, List<VersionSummary> versions) {

    public WorkSummary {
        versions = List.copyOf(versions);
    }

    public Optional<VersionSummary> version(String versionSlug) {
        return versions.stream().filter(v -> v.slug().equals(versionSlug)).findFirst();
    }
}
