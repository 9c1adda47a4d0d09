package org.parallax.core.export;

/**
 * A file that is not readable TMX: malformed XML (with the line and column where it broke), a refused construct
 * such as an entity reference, or a missing required part. Its message is meant for the user as it is.
 */
public class TmxFormatException extends IllegalArgumentException {

    private final int line;
    private final int column;

    public TmxFormatException(String message, int line, int column, Throwable cause) {
        super(line > 0 ? "not a readable TMX file (line " + line + ", column " + column + "): " + message
                : "not a readable TMX file: " + message, cause);
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the problem, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or -1 when unknown. */
    public int column() {
        return column;
    }
}
