package org.parallax.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dispatches {@code java -jar parallax.jar COMMAND ...} to a {@link Command}; errors become messages, never stack traces. */
public final class CommandLine {

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final PrintStream out;
    private final PrintStream err;

    CommandLine(List<Command> commands, PrintStream out, PrintStream err) {
        commands.forEach(command -> this.commands.put(command.name(), command));
        this.out = out;
        this.err = err;
    }

    /** The commands the jar ships, writing UTF-8 to standard output and error. */
    public static CommandLine standard() {
        return standard(utf8(System.out), utf8(System.err));
    }

    /** The commands the jar ships, writing to the given streams. */
    static CommandLine standard(PrintStream out, PrintStream err) {
        return new CommandLine(shipped(), out, err);
    }

    /** Whether {@code word} selects the command-line tool rather than the web app. */
    public static boolean isCommand(String word) {
        return word.equals("help") || word.equals("--help")
                || shipped().stream().anyMatch(command -> command.name().equals(word));
    }

    private static List<Command> shipped() {
        return List.of(new SegmentCommand(), new FlagsCommand(), new AlignCommand());
    }

    public int run(String... args) {
        Command command = args.length == 0 ? null : commands.get(args[0]);
        if (command == null) {
            printUsage(args.length == 0 || args[0].equals("help") || args[0].equals("--help") ? out : err);
            return args.length > 0 && (args[0].equals("help") || args[0].equals("--help")) ? 0 : 2;
        }
        try {
            int status = command.run(List.of(Arrays.copyOfRange(args, 1, args.length)), out);
            out.flush();
            return status;
        } catch (UsageException e) {
            err.println("parallax " + command.name() + ": " + e.getMessage());
            err.println("usage: parallax " + command.synopsis());
            return 2;
        } catch (UncheckedIOException | IOException e) {
            err.println("parallax " + command.name() + ": " + messageOf(e));
            return 1;
        } catch (Exception e) {
            err.println("parallax " + command.name() + ": failed: " + messageOf(e));
            return 1;
        }
    }

    private void printUsage(PrintStream stream) {
        stream.println("usage: java -jar parallax.jar [COMMAND ARGS...]   (no command: start the web app)");
        commands.values().forEach(command -> stream.println("  " + command.synopsis()));
    }

    private static String messageOf(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    private static PrintStream utf8(PrintStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }
}
