package org.parallax.core.ingest;

/** An upload or paste that cannot be read as text; the message is meant for the user, one line. */
public class UnreadableTextException extends RuntimeException {

    public UnreadableTextException(String message) {
        super(message);
    }
}
