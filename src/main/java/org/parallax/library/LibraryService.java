package org.parallax.library;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Works and their versions: what the library lists and what a version view shows. */
@Service
@Transactional(readOnly = true)
public class LibraryService {

    private final LibraryRepository repository;

    LibraryService(LibraryRepository repository) {
        this.repository = repository;
    }

    public List<WorkSummary> works() {
        return repository.works();
    }

    public Optional<VersionText> version(long versionId) {
        return repository.versionText(versionId);
    }

    /** Sentences {@code [from, to)} of a version (fewer if it ends before) with their text, not the whole version. */
    public Optional<VersionExcerpt> excerpt(long versionId, int from, int to) {
        return repository.excerpt(versionId, from, to);
    }

    public Optional<WorkSummary> work(String slug) {
        return works().stream().filter(w -> w.slug().equals(slug)).findFirst();
    }

    public Optional<Long> workId(String slug) {
        return repository.findWorkId(slug);
    }

    public boolean isEmpty() {
        return repository.countWorks() == 0;
    }

    public boolean hasVersion(long workId, String versionSlug) {
        return repository.versionExists(workId, versionSlug);
    }

    /** The work with this slug, created with the given title if it does not exist yet. */
    @Transactional
    public long workFor(String slug, String title, String description) {
        return repository.findWorkId(slug).orElseGet(() -> repository.insertWork(slug, title, description));
    }

    /** Stores a version with all its segments in one transaction: a failure leaves nothing behind. */
    @Transactional
    public long addVersion(NewVersion version) {
        return repository.insertVersion(version);
    }
}
