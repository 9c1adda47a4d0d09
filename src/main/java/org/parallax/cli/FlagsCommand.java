package org.parallax.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
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
        String file = null;
        String format = "text";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--format") && i + 1 < args.size()) {
                format = args.get(++i);
            } else if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length());
            } else if (arg.startsWith("-")) {
                throw new UsageException("unknown option " + arg);
            } else if (file == null) {
                file = arg;
            } else {
                throw new UsageException("only one FILE expected, got also " + arg);
            }
        }
        if (file == null) {
            throw new UsageException("missing FILE");
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("unknown format " + format + " (use text or json)");
        }
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
