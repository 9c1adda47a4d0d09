package org.parallax.flags;

import org.parallax.core.text.Span;

/**
 * A stored flag: a span of a version's body text, what kind of choice it marks, and the source term it renders.
 *
 * @param span   offsets into the version's body text
 * @param source the span of the aligned source text the flag renders, or null when it is not linked
 */
public record Flag(long id, long versionId, String versionTitle, String workTitle, Span span, String text,
                   Category category, String sourceTerm, String transliteration, String comment, FlagStatus status,
                   String author, int lockVersion, SourceLink source) {
}
