package org.parallax.ingest;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.parallax.core.ingest.TextInput;
import org.parallax.core.repair.DocumentMetadata;
import org.parallax.core.repair.RepairNote;
import org.parallax.core.text.SegmentedDocument;
import org.parallax.core.text.SegmentedParagraph;
import org.parallax.core.text.TextPipeline;
import org.parallax.library.LibraryService;
import org.parallax.library.NewVersion;
import org.parallax.library.RepairNoteView;
import org.parallax.library.VersionMetadata;
import org.parallax.library.VersionImported;
import org.springframework.context.ApplicationEventPublisher;
import org.parallax.users.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a text as a version of a work: checks the bytes, repairs PDF damage, detects the language,
 * segments paragraphs into sentences and stores everything in one transaction.
 */
@Service
public class ImportService {

    private final LibraryService library;
    private final ApplicationEventPublisher events;

    ImportService(LibraryService library, ApplicationEventPublisher events) {
        this.library = library;
        this.events = events;
    }

    /**
     * @param progress receives the fraction done, 0 to 1; called from the importing thread
     * @throws org.parallax.core.ingest.UnreadableTextException if the bytes are not usable UTF-8 text
     */
    @Transactional
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public ImportResult importText(ImportRequest request, DoubleConsumer progress) {
        progress.accept(0.05);
        String raw = TextInput.decode(request.content(), request.fileName());
        progress.accept(0.15);
        SegmentedDocument document = TextPipeline.process(raw, Optional.ofNullable(blankToNull(request.language())));
        progress.accept(0.7);
        VersionMetadata metadata = metadataOf(request, document);
        String workTitle = firstNonBlank(request.workTitle(), metadata.title());
        long workId = library.workFor(request.workSlug() != null ? request.workSlug() : Slugs.of(workTitle),
                workTitle, null);
        VersionMetadata unique = withUniqueSlug(workId, metadata);
        List<RepairNoteView> notes = document.notes().stream()
                .map(note -> new RepairNoteView(note.kind().name(),
                        note.paragraph() == RepairNote.WHOLE_DOCUMENT ? null : note.paragraph(), note.detail()))
                .toList();
        long versionId = library.addVersion(new NewVersion(workId, unique, raw, document.paragraphs(), notes));
        events.publishEvent(new VersionImported(versionId));
        progress.accept(1.0);
        int sentences = document.paragraphs().stream().mapToInt(p -> p.sentences().size()).sum();
        return new ImportResult(workId, versionId, unique.language(), document.paragraphs().size(), sentences, notes);
    }

    private static VersionMetadata metadataOf(ImportRequest request, SegmentedDocument document) {
        DocumentMetadata found = document.metadata();
        String title = firstNonBlank(request.title(), found.title(), titleFromFileName(request.fileName()),
                firstWords(document.paragraphs()));
        String originalLanguage = firstNonBlank(request.originalLanguage(), found.originalLanguage());
        String slug = firstNonBlank(request.versionSlug(), Slugs.of(document.language() + "-" + title));
        return new VersionMetadata(slug, document.language(), request.role(),
                title, firstNonBlank(request.translator(), found.translator()), firstNonBlank(request.date(), found.date()),
                originalLanguage, blankToNull(request.provenance()), found.citation(), blankToNull(request.license()),
                found.summary(), found.sourceUrl());
    }

    private VersionMetadata withUniqueSlug(long workId, VersionMetadata m) {
        String slug = m.slug();
        for (int n = 2; library.hasVersion(workId, slug); n++) {
            slug = m.slug() + "-" + n;
        }
        return new VersionMetadata(slug, m.language(), m.role(), m.title(), m.translator(), m.date(),
                m.originalLanguage(), m.provenance(), m.citation(), m.license(), m.summary(), m.sourceUrl());
    }

    private static String titleFromFileName(String fileName) {
        return fileName == null ? null : fileName.replaceFirst("\\.[^.]*$", "");
    }

    private static String firstWords(List<SegmentedParagraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return "Untitled";
        }
        String first = paragraphs.getFirst().text();
        return first.length() <= 60 ? first : first.substring(0, 60).replaceFirst("\\s+\\S*$", "") + "…";
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
