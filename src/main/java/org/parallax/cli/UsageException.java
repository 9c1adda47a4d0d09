package org.parallax.cli;

/** Bad arguments or unusable input: shown to the user as one clear line, exit code 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
