package org.parallax.library;

/** One version as the library lists it. */
public record VersionSummary(long id, long workId, String slug, String language, VersionRole role, String title,
                             String translator, String date, int paragraphs, int sentences) {
}
