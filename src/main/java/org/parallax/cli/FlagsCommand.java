package org.parallax.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parallax.core.flags.FlagSuggester;
import org.parallax.core.flags.SuggestedFlag;

/** {@code flags FILE [--format text|json]}: prints the flags suggested from a translation's brackets. */
public final class FlagsCommand implements Command {

    private static final Pattern BLANK_LINES = Pattern.compile("\\R[\\s&&[^\\n]]*(?:\\R[\\s&&[^\\n]]*)+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;”\"’)\\]]$");

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
        List<SuggestedFlag> flags = new FlagSuggester().suggest(paragraphsOf(read(Path.of(file))));
        if (format.equals("json")) {
            FlagsJson.write(flags, out);
        } else {
            flags.forEach(flag -> out.println(textLine(flag)));
        }
        return 0;
    }

    /**
     * Interim paragraph splitting until the PDF repair ({@code TextRepairer}) is merged: blocks between blank
     * lines, each block's lines joined by a space, and a block joined to the previous one when that one does
     * not end a sentence (a PDF export breaks lines, and pages, mid-sentence).
     */
    static List<String> paragraphsOf(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINES.split(text.strip())) {
            String joined = block.strip().replaceAll("\\s*\\R\\s*", " ");
            if (joined.isEmpty()) {
                continue;
            }
            int last = paragraphs.size() - 1;
            if (last >= 0 && !SENTENCE_END.matcher(paragraphs.get(last)).find()) {
                paragraphs.set(last, paragraphs.get(last) + " " + joined);
            } else {
                paragraphs.add(joined);
            }
        }
        return paragraphs;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new UsageException(file + " is not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        } catch (IOException e) {
            // CommandLine prints the cause's message, so the cause must name the file
            throw new UncheckedIOException(new IOException("cannot read " + file + " (" + e.getClass().getSimpleName() + ")", e));
        }
    }

    private static String textLine(SuggestedFlag flag) {
        String line = flag.paragraph() + ":" + flag.start() + "-" + flag.end() + "\t" + flag.category().label()
                + "\t\"" + flag.text().replaceAll("\\s+", " ") + "\"";
        return flag.sourceTerm() == null ? line : line + "\t" + flag.sourceTerm() + " [" + flag.transliteration() + "]";
    }
}
