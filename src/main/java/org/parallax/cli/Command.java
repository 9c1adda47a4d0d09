package org.parallax.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of the command-line tool. */
public interface Command {

    /** The word that selects this command, e.g. {@code "align"}. */
    String name();

    /** One line for the usage text, e.g. {@code "align SRC TGT [--format beads|tsv|tmx|json]"}. */
    String synopsis();

    /**
     * Runs the command. Expected failures (bad input, missing files) are reported as a {@link UsageException}
     * or a {@link java.io.UncheckedIOException}, which {@link CommandLine} turns into a message and a non-zero exit.
     *
     * @return the process exit code
     */
    int run(List<String> args, PrintStream out) throws Exception;
}
