package org.parallax.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parallax.core.export.CreationTool;
import org.parallax.core.export.CsvOptions;
import org.parallax.core.export.CsvWriter;
import org.parallax.core.export.ExportDocument;
import org.parallax.core.export.ExportFlag;
import org.parallax.core.export.ExportUnit;
import org.parallax.core.export.TmxOptions;
import org.parallax.core.export.TmxWriter;
import org.parallax.core.export.XliffWriter;
import org.parallax.core.review.BeadRange;
import org.parallax.core.text.Span;
import org.parallax.flags.Flag;
import org.parallax.flags.FlagService;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionText;
import org.parallax.review.AlignmentSummary;
import org.parallax.review.BeadFilter;
import org.parallax.review.ReviewService;
import org.parallax.review.StoredBead;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exports a reviewed alignment, with the flags on its target text, as TMX, CSV/TSV or XLIFF. */
@Service
@Transactional(readOnly = true)
public class ExportService {

    private static final CreationTool TOOL = CreationTool.parallax("0.1");

    private final ReviewService review;
    private final LibraryService library;
    private final FlagService flags;

    ExportService(ReviewService review, LibraryService library, FlagService flags) {
        this.review = review;
        this.library = library;
        this.flags = flags;
    }

    public byte[] export(long alignmentId, ExportFormat format) {
        ExportDocument document = document(alignmentId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            switch (format) {
                case TMX_APPROVED -> TmxWriter.write(document, TmxOptions.approvedBeadsOnly(), out);
                case TMX_ALL -> TmxWriter.write(document, TmxOptions.allBeadsWithStatus(), out);
                case CSV -> CsvWriter.write(document, CsvOptions.csv(), out);
                case TSV -> CsvWriter.write(document, CsvOptions.tsv(), out);
                case XLIFF -> XliffWriter.write(document, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public String fileName(long alignmentId, ExportFormat format) {
        AlignmentSummary alignment = summary(alignmentId);
        return "alignment-" + alignmentId + "-" + alignment.sourceLanguage() + "-" + alignment.targetLanguage() + "."
                + format.extension();
    }

    ExportDocument document(long alignmentId) {
        AlignmentSummary alignment = summary(alignmentId);
        VersionText source = library.version(alignment.sourceVersionId()).orElseThrow();
        VersionText target = library.version(alignment.targetVersionId()).orElseThrow();
        List<String> sourceSentences = source.sentenceTexts();
        List<Span> targetSpans = target.paragraphs().stream().flatMap(p -> p.sentences().stream()).toList();
        List<Flag> targetFlags = flags.ofVersion(target.summary().id());
        List<ExportUnit> units = new ArrayList<>();
        List<StoredBead> beads = review.page(alignmentId, BeadFilter.ALL, 0, Integer.MAX_VALUE);
        for (int i = 0; i < beads.size(); i++) {
            BeadRange r = beads.get(i).range();
            List<Span> sentences = targetSpans.subList(r.targetStart(), r.targetEnd());
            units.add(ExportUnit.ofSentences(i, sourceSentences.subList(r.sourceStart(), r.sourceEnd()),
                    sentences.stream().map(target::textOf).toList(), beads.get(i).status().name(),
                    beads.get(i).bead().confidence(), flagsWithin(sentences, targetFlags)));
        }
        return new ExportDocument(source.metadata().language(), target.metadata().language(),
                source.metadata().title(), target.metadata().title(), units, TOOL);
    }

    /** Flags lying inside one of the sentences, with offsets into the sentences joined by single spaces. */
    private static List<ExportFlag> flagsWithin(List<Span> sentences, List<Flag> versionFlags) {
        List<ExportFlag> found = new ArrayList<>();
        int base = 0;
        for (Span sentence : sentences) {
            for (Flag flag : versionFlags) {
                if (flag.span().start() >= sentence.start() && flag.span().end() <= sentence.end()) {
                    int start = base + flag.span().start() - sentence.start();
                    found.add(new ExportFlag(start, start + flag.span().length(), flag.category().name(),
                            flag.category().label(), flag.sourceTerm(), flag.transliteration(), flag.comment(),
                            flag.status().name().toLowerCase()));
                }
            }
            base += sentence.length() + 1;
        }
        return found;
    }

    private AlignmentSummary summary(long alignmentId) {
        return review.alignment(alignmentId)
                .orElseThrow(() -> new IllegalArgumentException("no alignment " + alignmentId));
    }
}
