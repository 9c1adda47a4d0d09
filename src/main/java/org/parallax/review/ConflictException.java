package org.parallax.review;

/** The beads a user wanted to change were changed by someone else in the meantime; nothing was written. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
