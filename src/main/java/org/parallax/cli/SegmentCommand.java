package org.parallax.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
        Arguments arguments = Arguments.parse(args, Set.of("--lang", "--format"));
        String format = arguments.format("text", "json");
        String language = arguments.value("--lang").map(SegmentCommand::languageTag).orElse(null);
        Path file = Path.of(arguments.file());
        SegmentedDocument document = TextPipeline.process(InputFiles.readText(file), Optional.ofNullable(language));
        if (format.equals("json")) {
            JsonSegmentWriter.write(document, out);
        } else {
            TextSegmentWriter.write(document, language != null, out);
        }
        return 0;
    }

    private static String languageTag(String value) {
        if (Locale.forLanguageTag(value).getLanguage().isEmpty()) {
            throw new UsageException("\"" + value + "\" is not a BCP 47 language tag (e.g. en, ru, zh-Hans)");
        }
        return value;
    }
}
