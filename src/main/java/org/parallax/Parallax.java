package org.parallax;

import org.parallax.cli.CommandLine;
import org.springframework.boot.SpringApplication;

/**
 * Entry point of {@code parallax.jar}: with a subcommand ({@code align}, {@code segment}, {@code flags})
 * it runs the command-line tool and never starts the web server; with no arguments it starts the web app.
 */
public final class Parallax {

    private Parallax() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && CommandLine.isCommand(args[0])) {
            System.exit(CommandLine.standard().run(args));
        }
        SpringApplication.run(ParallaxApplication.class, args);
    }
}
