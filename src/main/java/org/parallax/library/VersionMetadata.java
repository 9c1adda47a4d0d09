package org.parallax.library;

import java.util.Objects;

/**
 * What is known about one version of a work. Only {@code slug}, {@code language}, {@code role} and
 * {@code title} are required; every other field is null when unknown (never invented).
 *
 * @param language BCP 47 tag, e.g. {@code en}, {@code ru}, {@code zh-Hans}
 * @param originalLanguage for a translation, the BCP 47 tag of the text it translates
 */
public record VersionMetadata(String slug, String language, VersionRole role, String title, String translator,
                              String date, String originalLanguage, String provenance, String citation,
                              String license, String summary, String sourceUrl) {

    public VersionMetadata {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(title, "title");
    }
}
