package org.parallax.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.parallax.ingest.ImportRequest;
import org.parallax.ingest.ImportService;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionRole;
import org.parallax.users.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the sample corpus shipped in the jar into the database at start-up, through the same import path
 * users take, as the system user. Idempotent: versions already stored (by work and version slug) are skipped.
 */
@Component
@ConditionalOnBooleanProperty(name = "parallax.corpus.load", matchIfMissing = true)
class CorpusLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CorpusLoader.class);
    private static final String ROOT = "corpus/";

    private final ImportService importer;
    private final LibraryService library;

    CorpusLoader(ImportService importer, LibraryService library) {
        this.importer = importer;
        this.library = library;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(this::loadMissingVersions);
    }

    private void loadMissingVersions() {
        int loaded = 0;
        for (CorpusManifest.Work work : manifest().works()) {
            for (CorpusManifest.Version version : work.versions()) {
                boolean present = library.workId(work.slug())
                        .map(workId -> library.hasVersion(workId, version.slug()))
                        .orElse(false);
                if (!present) {
                    importer.importText(requestFor(work, version), done -> { });
                    loaded++;
                }
            }
        }
        if (loaded > 0) {
            log.info("Loaded {} versions of the sample corpus", loaded);
        }
    }

    private static ImportRequest requestFor(CorpusManifest.Work work, CorpusManifest.Version version) {
        return new ImportRequest(work.slug(), work.title(), null, read(version.file()), version.language(),
                VersionRole.valueOf(version.role()), version.title(), version.translator(), version.date(),
                version.originalLanguage(), orDefault(version.provenance(), work.provenance()),
                orDefault(version.license(), work.license()), version.slug());
    }

    private static CorpusManifest manifest() {
        return JsonMapper.builder().build().readValue(read("corpus.json"), CorpusManifest.class);
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(ROOT + path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("corpus file missing from the build: " + ROOT + path, e);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
