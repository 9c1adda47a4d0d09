package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Command failing = new Command() {
        @Override
        public String name() {
            return "align";
        }

        @Override
        public String synopsis() {
            return "align SRC TGT";
        }

        @Override
        public int run(List<String> args, PrintStream stdout) {
            throw new UsageException("missing TGT");
        }
    };
    private final CommandLine commandLine = new CommandLine(List.of(failing), print(out), print(err));

    @Test
    void shouldExplainBadArgumentsWithoutAStackTrace() {
        int status = commandLine.run("align", "only-one-file.txt");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("parallax align: missing TGT\nusage: parallax align SRC TGT\n")
                .doesNotContain("Exception");
    }

    @Test
    void shouldListCommandsForHelpAndRefuseUnknownOnes() {
        assertThat(commandLine.run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("align SRC TGT");
        assertThat(commandLine.run("frobnicate")).isEqualTo(2);
    }

    @Test
    void shouldRecogniseOnlyItsCommandWords() {
        assertThat(CommandLine.isCommand("segment")).isTrue();
        assertThat(CommandLine.isCommand("--server.port=9090")).isFalse();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
