package org.parallax.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parallax.core.text.SegmentedDocument;
import org.parallax.core.text.TextPipeline;

/**
 * {@code segment FILE [--lang xx] [--format text|json]}: imports a file as the web app would (decode, repair,
 * detect the language, split sentences) and prints the result, so the repair can be checked outside the browser.
 */
public final class SegmentCommand implements Command {

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public String synopsis() {
        return "segment FILE [--lang xx] [--format text|json]";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Path file = null;
        String language = null;
        String format = "text";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--lang" -> language = languageTag(valueOf(args, ++i, arg));
                case "--format" -> format = valueOf(args, ++i, arg);
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    if (file != null) {
                        throw new UsageException("only one FILE, got " + file + " and " + arg);
                    }
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) {
            throw new UsageException("missing FILE");
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("unknown format \"" + format + "\" (use text or json)");
        }
        SegmentedDocument document = TextPipeline.process(InputFiles.readText(file), Optional.ofNullable(language));
        if (format.equals("json")) {
            JsonSegmentWriter.write(document, out);
        } else {
            TextSegmentWriter.write(document, language != null, out);
        }
        return 0;
    }

    private static String valueOf(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    private static String languageTag(String value) {
        if (Locale.forLanguageTag(value).getLanguage().isEmpty()) {
            throw new UsageException("\"" + value + "\" is not a BCP 47 language tag (e.g. en, ru, zh-Hans)");
        }
        return value;
    }
}
