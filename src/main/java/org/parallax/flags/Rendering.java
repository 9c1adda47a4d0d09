package org.parallax.flags;

/** One way a source term was rendered: the translation's words, and how often, in how many versions. */
public record Rendering(String sourceTerm, String text, int occurrences, int versions) {
}
