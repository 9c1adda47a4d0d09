package org.parallax.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.parallax.flags.SourceLink;
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
        List<Span> sourceSpans = source.sentenceSpans();
        List<Span> targetSpans = target.sentenceSpans();
        List<Flag> targetFlags = flags.ofVersion(target.summary().id());
        List<ExportUnit> units = new ArrayList<>();
        List<StoredBead> beads = review.page(alignmentId, BeadFilter.ALL, 0, Integer.MAX_VALUE);
        for (int i = 0; i < beads.size(); i++) {
            BeadRange r = beads.get(i).range();
            List<Span> sentences = targetSpans.subList(r.targetStart(), r.targetEnd());
            List<Span> sourceSentences = sourceSpans.subList(r.sourceStart(), r.sourceEnd());
            List<ExportFlag> unitFlags = flagsWithin(sentences, targetFlags).stream()
                    .map(placed -> placed.withSourceIn(source.summary().id(), sourceSentences)).toList();
            units.add(ExportUnit.ofSentences(i, sourceSentences.stream().map(source::textOf).toList(),
                    sentences.stream().map(target::textOf).toList(), beads.get(i).status().name(),
                    beads.get(i).bead().confidence(), unitFlags));
        }
        return new ExportDocument(source.metadata().language(), target.metadata().language(),
                source.metadata().title(), target.metadata().title(), units, TOOL);
    }

    /** A flag placed in a unit's target text, with the stored flag it came from. */
    private record Placed(ExportFlag flag, Flag stored) {

        /** The export flag, with its source span when it lies in one of the unit's source sentences. */
        ExportFlag withSourceIn(long sourceVersionId, List<Span> sourceSentences) {
            SourceLink link = stored.source();
            if (link == null || link.versionId() != sourceVersionId) {
                return flag;
            }
            return within(link.span(), sourceSentences).map(flag::withSourceSpan).orElse(flag);
        }
    }

    /** Flags lying inside one of the sentences, with offsets into the sentences joined by single spaces. */
    private static List<Placed> flagsWithin(List<Span> sentences, List<Flag> versionFlags) {
        List<Placed> found = new ArrayList<>();
        for (Flag flag : versionFlags) {
            within(flag.span(), sentences).ifPresent(span -> found.add(new Placed(new ExportFlag(span.start(),
                    span.end(), flag.category().code(), flag.category().label(), flag.sourceTerm(),
                    flag.transliteration(), flag.comment(), flag.status().name().toLowerCase(),
                    flag.category().itsIssueType(), null), flag)));
        }
        return found;
    }

    /** A body span lying inside one of the sentences, as offsets into the sentences joined by single spaces. */
    private static Optional<Span> within(Span span, List<Span> sentences) {
        int base = 0;
        for (Span sentence : sentences) {
            if (span.start() >= sentence.start() && span.end() <= sentence.end()) {
                return Optional.of(span.shift(base - sentence.start()));
            }
            base += sentence.length() + 1;
        }
        return Optional.empty();
    }

    private AlignmentSummary summary(long alignmentId) {
        return review.alignment(alignmentId)
                .orElseThrow(() -> new IllegalArgumentException("no alignment " + alignmentId));
    }
}
