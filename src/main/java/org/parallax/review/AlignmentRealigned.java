package org.parallax.review;

/**
 * Published, inside the writing transaction, when an alignment is created or re-aligned, so that features tied to
 * its beads (flags linked to source spans) can follow.
 */
public record AlignmentRealigned(long alignmentId, String actor) {
}
