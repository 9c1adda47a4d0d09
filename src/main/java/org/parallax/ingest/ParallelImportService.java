package org.parallax.ingest;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.parallax.core.export.ExportFlag;
import org.parallax.core.export.TmxContent;
import org.parallax.core.export.TmxReader;
import org.parallax.core.export.TmxUnit;
import org.parallax.core.review.BeadRange;
import org.parallax.core.review.BeadStatus;
import org.parallax.core.review.ReviewBead;
import org.parallax.core.text.SegmentedParagraph;
import org.parallax.core.text.Span;
import org.parallax.flags.FlagService;
import org.parallax.library.LibraryService;
import org.parallax.library.NewVersion;
import org.parallax.library.VersionMetadata;
import org.parallax.library.VersionRole;
import org.parallax.library.VersionText;
import org.parallax.review.ReviewService;
import jakarta.annotation.security.RolesAllowed;
import org.parallax.users.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a TMX file (for instance one Parallax exported) as a parallel document: a work with a source and a target
 * version, one paragraph per translation unit, and an alignment linking the units with their review status and
 * flags. One transaction: a malformed file stores nothing.
 */
@Service
public class ParallelImportService {

    static final String METHOD = "imported from TMX";

    private final LibraryService library;
    private final ReviewService review;
    private final FlagService flags;

    ParallelImportService(LibraryService library, ReviewService review, FlagService flags) {
        this.library = library;
        this.review = review;
        this.flags = flags;
    }

    /**
     * @return the new alignment's id
     * @throws org.parallax.core.export.TmxFormatException if the file is not readable TMX
     */
    @Transactional
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public long importTmx(byte[] tmx, String workTitle, String actor) {
        TmxContent content = TmxReader.read(new ByteArrayInputStream(tmx));
        if (content.units().isEmpty()) {
            throw new IllegalArgumentException("the TMX file has no translation units");
        }
        long workId = library.workFor(Slugs.of(workTitle), workTitle, "Imported from TMX.");
        long sourceId = addVersion(workId, content.sourceLanguage(), VersionRole.SOURCE, workTitle,
                content.sourceSegments());
        long targetId = addVersion(workId, content.targetLanguage(), VersionRole.TRANSLATION, workTitle,
                content.targetSegments());
        long alignmentId = review.createAlignment(workId, sourceId, targetId, METHOD, beads(content.units()), actor);
        addFlags(sourceId, targetId, content.units(), actor);
        return alignmentId;
    }

    private long addVersion(long workId, String language, VersionRole role, String workTitle, List<String> segments) {
        List<SegmentedParagraph> paragraphs = segments.stream().filter(s -> !s.isBlank())
                .map(s -> new SegmentedParagraph(s, List.of(new Span(0, s.length())))).toList();
        String raw = String.join("\n\n", segments);
        String slug = Slugs.of(language + "-tmx");
        for (int n = 2; library.hasVersion(workId, slug); n++) {
            slug = Slugs.of(language + "-tmx-" + n);
        }
        VersionMetadata metadata = new VersionMetadata(slug, language, role, workTitle + " (" + language + ")", null,
                null, null, "imported from a TMX file", null, null, null, null);
        return library.addVersion(new NewVersion(workId, metadata, raw, paragraphs, List.of()));
    }

    /** One bead per unit; a unit with an empty side becomes a 1-0 or 0-1 bead. */
    private static List<ReviewBead> beads(List<TmxUnit> units) {
        List<ReviewBead> beads = new ArrayList<>();
        int source = 0;
        int target = 0;
        for (TmxUnit unit : units) {
            int sourceEnd = source + (unit.source().isBlank() ? 0 : 1);
            int targetEnd = target + (unit.target().isBlank() ? 0 : 1);
            if (sourceEnd > source || targetEnd > target) {
                beads.add(new ReviewBead(new BeadRange(source, sourceEnd, target, targetEnd), 1.0, status(unit)));
            }
            source = sourceEnd;
            target = targetEnd;
        }
        return beads;
    }

    private static BeadStatus status(TmxUnit unit) {
        return unit.status() == null || unit.status().isBlank() ? BeadStatus.EDITED
                : BeadStatus.valueOf(unit.status().toUpperCase());
    }

    /** The units' flags on the target paragraphs, linked to their source spans in the source paragraphs. */
    private void addFlags(long sourceId, long targetId, List<TmxUnit> units, String actor) {
        VersionText source = library.version(sourceId).orElseThrow();
        VersionText target = library.version(targetId).orElseThrow();
        int sourceParagraph = 0;
        int targetParagraph = 0;
        for (TmxUnit unit : units) {
            Integer sourceBase = unit.source().isBlank() ? null
                    : source.paragraphs().get(sourceParagraph++).span().start();
            if (unit.target().isBlank()) {
                continue;
            }
            int base = target.paragraphs().get(targetParagraph++).span().start();
            for (ExportFlag flag : unit.flags()) {
                Span sourceSpan = flag.sourceSpan() == null || sourceBase == null ? null
                        : flag.sourceSpan().shift(sourceBase);
                flags.restore(targetId, flag.span().shift(base), flag.category(), flag.sourceTerm(),
                        flag.transliteration(), flag.comment(), sourceId, sourceSpan, actor);
            }
        }
    }
}
