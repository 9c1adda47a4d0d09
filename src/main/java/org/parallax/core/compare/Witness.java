package org.parallax.core.compare;

/** A version as an edition names it: an identifier (an XML name, e.g. a slug) and a label for people. */
public record Witness(String id, String label) {
}
