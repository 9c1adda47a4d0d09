package org.parallax.corpus;

import java.util.List;

/** {@code corpus/corpus.json}: the works the app ships, each version pointing at its file under {@code corpus/}. */
record CorpusManifest(List<Work> works) {

    record Work(String slug, String title, String description, String provenance, String license,
                List<Version> versions) {
    }

    record Version(String slug, String file, String language, String role, String title, String originalLanguage,
                   String translator, String date, String provenance, String license) {
    }
}
