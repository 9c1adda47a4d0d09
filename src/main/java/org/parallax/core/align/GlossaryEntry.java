package org.parallax.core.align;

import java.util.Objects;

/**
 * One line of a glossary: a source word or phrase and its translation, as the user wrote them (not normalized).
 *
 * @param source never null or blank
 * @param target never null or blank
 */
public record GlossaryEntry(String source, String target) {

    public GlossaryEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    /** The same entry read in the other direction, for a glossary of the opposite language pair. */
    public GlossaryEntry reversed() {
        return new GlossaryEntry(target, source);
    }
}
