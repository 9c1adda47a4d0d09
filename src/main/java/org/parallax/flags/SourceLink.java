package org.parallax.flags;

import org.parallax.core.text.Span;

/**
 * The span of a source version's body text that a flag renders (e.g. "доказали" for the flag on "prove").
 *
 * @param span     offsets into the source version's body text, half-open
 * @param text     that span's text
 * @param linkedBy {@link #ALIGNER} when found automatically from an alignment, else the person who set it
 */
public record SourceLink(long versionId, Span span, String text, String linkedBy) {

    /** Who links a flag when the link was found from an alignment's beads. */
    public static final String ALIGNER = "aligner";

    public boolean isAutomatic() {
        return ALIGNER.equals(linkedBy);
    }
}
