package org.parallax.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.parallax.core.flags.FlagSuggester;
import org.parallax.core.flags.SuggestedFlag;
import org.parallax.core.repair.TextRepairer;

/** {@code flags FILE [--format text|json]}: prints the flags suggested from a translation's brackets. */
public final class FlagsCommand implements Command {

    @Override
    public String name() {
        return "flags";
    }

    @Override
    public String synopsis() {
        return "flags FILE [--format text|json]";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Arguments arguments = Arguments.parse(args, Set.of("--format"));
        String format = arguments.format("text", "json");
        String file = arguments.file();
        List<SuggestedFlag> flags = new FlagSuggester()
                .suggest(new TextRepairer().repair(InputFiles.readText(Path.of(file))).paragraphs());
        if (format.equals("json")) {
            FlagsJson.write(flags, out);
        } else {
            flags.forEach(flag -> out.println(textLine(flag)));
        }
        return 0;
    }

    private static String textLine(SuggestedFlag flag) {
        String line = flag.paragraph() + ":" + flag.start() + "-" + flag.end() + "\t" + flag.category().label()
                + "\t\"" + flag.text().replaceAll("\\s+", " ") + "\"";
        return flag.sourceTerm() == null ? line : line + "\t" + flag.sourceTerm() + " [" + flag.transliteration() + "]";
    }
}
