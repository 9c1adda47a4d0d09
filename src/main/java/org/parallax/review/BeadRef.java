package org.parallax.review;

/** A bead as a client last saw it: a change is refused if the bead has changed since (optimistic locking). */
public record BeadRef(long id, int lockVersion) {
}
