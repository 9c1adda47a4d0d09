package org.parallax.cli;

import org.parallax.core.align.Aligner;
import org.parallax.core.align.Aligners;
import org.parallax.core.align.Alignment;
import org.parallax.core.align.AlignmentInput;
import org.parallax.core.align.DictionaryLexicon;
import org.parallax.core.align.Lexicon;
import org.parallax.core.text.SegmentedDocument;
import org.parallax.core.text.TextPipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code align SRC TGT}: aligns a translation with its source and prints the beads.
 * Input is raw text (split into paragraphs and sentences by the import pipeline) or, with {@code --presegmented},
 * one segment per line (line k is segment k, so a blank line is an empty segment, and there are no paragraphs).
 * With raw input and {@code --paragraphs first}, paragraphs are aligned first; the default ignores paragraphs,
 * which measured slightly better on shared/eval (docs/benchmarks.md, raw mode).
 */
public final class AlignCommand implements Command {

    /** One text may be at most this many times longer than the other before we refuse to align. */
    static final int MAX_LENGTH_RATIO = 50;

    public AlignCommand() {
    }

    @Override
    public String name() {
        return "align";
    }

    @Override
    public String synopsis() {
        return "align SRC TGT [--source-lang xx] [--target-lang yy] [--presegmented] [--dictionary FILE]... "
                + "[--format beads|tsv|json|tmx] [--method standard|length|gale-church] [--paragraphs first|ignore] "
                + "[--write-segments SRC_OUT TGT_OUT]";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws IOException {
        Options options = Options.parse(args);
        SegmentedText sourceText = segments(options.sourceFile(), options.presegmented(),
                options.sourceLanguage());
        SegmentedText targetText = segments(options.targetFile(), options.presegmented(),
                options.targetLanguage());
        List<String> sourceSegments = sourceText.segments();
        List<String> targetSegments = targetText.segments();
        long sourceLength = totalLength(sourceSegments);
        long targetLength = totalLength(targetSegments);
        double ratio = (double) Math.max(sourceLength, targetLength) / Math.max(1, Math.min(sourceLength, targetLength));
        if (ratio > MAX_LENGTH_RATIO) {
            throw new UsageException(String.format("one text is %.0f times longer than the other (limit %d): "
                    + "are these really a text and its translation?", ratio, MAX_LENGTH_RATIO));
        }
        Lexicon lexicon = options.dictionaries().isEmpty() ? Lexicon.EMPTY
                : DictionaryLexicon.fromFiles(options.dictionaries(), options.sourceLanguage(), options.targetLanguage());
        AlignmentInput input = AlignmentInput.of(sourceSegments, targetSegments)
                .withLanguages(options.sourceLanguage(), options.targetLanguage())
                .withLexicon(lexicon);
        if (options.paragraphsFirst()) {
            input = input.withParagraphs(sourceText.paragraphStarts(), targetText.paragraphStarts());
        }
        if (options.segmentFiles().size() == 2) {
            SegmentLines.write(sourceSegments, options.segmentFiles().get(0));
            SegmentLines.write(targetSegments, options.segmentFiles().get(1));
        }
        Alignment alignment;
        try {
            alignment = options.aligner().align(input);
        } catch (OutOfMemoryError e) {
            throw new UsageException("not enough memory for " + sourceSegments.size() + " x " + targetSegments.size()
                    + " segments; give Java more heap (-Xmx)");
        }
        options.format().write(alignment, new AlignmentFormat.Texts(sourceSegments, targetSegments,
                options.sourceLanguage(), options.targetLanguage()), out);
        return 0;
    }

    /**
     * The segments of a file: its lines, or the sentences the import pipeline (repair, language detection unless
     * given, segmentation) finds in raw text, with the paragraph starts. The file's text itself is not kept, to
     * halve the memory for long texts.
     */
    private static SegmentedText segments(Path file, boolean presegmented, String language) {
        if (presegmented) {
            return new SegmentedText(TextFile.readLines(file), List.of());
        }
        SegmentedDocument document = TextPipeline.process(TextFile.read(file).text(), Optional.of(language));
        List<String> segments = document.paragraphs().stream()
                .flatMap(paragraph -> paragraph.sentenceTexts().stream()).toList();
        List<Integer> paragraphStarts = AlignmentInput.paragraphStarts(document.paragraphs().stream()
                .map(paragraph -> paragraph.sentences().size()).toList());
        return new SegmentedText(segments, paragraphStarts);
    }

    /** Segments and the index of the first segment of each paragraph after the first. */
    private record SegmentedText(List<String> segments, List<Integer> paragraphStarts) {
    }

    private static long totalLength(List<String> segments) {
        long total = 0;
        for (String segment : segments) {
            total += segment.length();
        }
        return total;
    }

    /** Parsed command-line options. */
    record Options(Path sourceFile, Path targetFile, String sourceLanguage, String targetLanguage,
                   boolean presegmented, List<Path> dictionaries, AlignmentFormat format, Aligner aligner,
                   boolean paragraphsFirst, List<Path> segmentFiles) {

        static Options parse(List<String> args) {
            List<String> files = new ArrayList<>();
            List<Path> dictionaries = new ArrayList<>();
            String sourceLanguage = "";
            String targetLanguage = "";
            boolean presegmented = false;
            AlignmentFormat format = AlignmentFormat.BEADS;
            // the standard aligner, which aligns paragraphs first only when given paragraph starts (--paragraphs first)
            Aligner aligner = Aligners.paragraphFirst();
            boolean paragraphsFirst = false;
            List<Path> segmentFiles = new ArrayList<>();
            for (int k = 0; k < args.size(); k++) {
                String arg = args.get(k);
                switch (arg) {
                    case "--source-lang" -> sourceLanguage = value(args, ++k, arg);
                    case "--target-lang" -> targetLanguage = value(args, ++k, arg);
                    case "--presegmented" -> presegmented = true;
                    case "--dictionary" -> dictionaries.add(Path.of(value(args, ++k, arg)));
                    case "--format" -> format = AlignmentFormat.named(value(args, ++k, arg));
                    case "--method" -> aligner = aligner(value(args, ++k, arg));
                    case "--paragraphs" -> paragraphsFirst = paragraphsFirst(value(args, ++k, arg));
                    case "--write-segments" -> {
                        segmentFiles.add(Path.of(value(args, ++k, arg)));
                        segmentFiles.add(Path.of(value(args, ++k, arg)));
                    }
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new UsageException("unknown option " + arg);
                        }
                        files.add(arg);
                    }
                }
            }
            if (segmentFiles.size() > 2) {
                throw new UsageException("--write-segments given more than once");
            }
            if (files.size() != 2) {
                throw new UsageException("expected two files, SRC and TGT, got " + files.size());
            }
            return new Options(Path.of(files.get(0)), Path.of(files.get(1)), sourceLanguage, targetLanguage,
                    presegmented, dictionaries, format, aligner, paragraphsFirst, List.copyOf(segmentFiles));
        }

        private static boolean paragraphsFirst(String choice) {
            return switch (choice) {
                case "first" -> true;
                case "ignore" -> false;
                default -> throw new UsageException("unknown --paragraphs " + choice + " (first or ignore)");
            };
        }

        private static Aligner aligner(String method) {
            return switch (method) {
                case "standard" -> Aligners.paragraphFirst();
                case "length" -> Aligners.lengthOnly();
                case "gale-church" -> Aligners.galeChurch();
                default -> throw new UsageException("unknown method " + method + " (standard, length or gale-church)");
            };
        }

        private static String value(List<String> args, int k, String option) {
            if (k >= args.size()) {
                throw new UsageException(option + " needs a value");
            }
            return args.get(k);
        }
    }
}
