package org.parallax.flags;

import org.parallax.core.flags.FlagCategory;
import org.parallax.core.text.Span;

/**
 * A stored flag: a span of a version's body text, what kind of choice it marks, and the source term it renders.
 *
 * @param span offsets into the version's body text
 */
public record Flag(long id, long versionId, String versionTitle, String workTitle, Span span, String text,
                   FlagCategory category, String sourceTerm, String transliteration, String comment, FlagStatus status,
                   String author, int lockVersion) {
}
