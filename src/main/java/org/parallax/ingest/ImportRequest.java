package org.parallax.ingest;

import java.util.Objects;
import org.parallax.library.VersionRole;

/**
 * One text to import as a version of a work. Null fields are unknown: the language is then detected,
 * and title, date, translator and citation are taken from the document's own metadata block if it has one.
 *
 * @param workSlug   the work to add the version to, created with {@code workTitle} if it does not exist;
 *                   null to make the slug from {@code workTitle}
 * @param fileName   the uploaded file's name, or null for pasted text
 * @param content    the bytes as received (must be UTF-8 text)
 * @param language   BCP 47 override of language detection, or null
 * @param versionSlug the version's identifier within the work, or null to make one from language and title
 */
public record ImportRequest(String workSlug, String workTitle, String fileName, byte[] content, String language,
                            VersionRole role, String title, String translator, String date, String originalLanguage,
                            String provenance, String license, String versionSlug) {

    public ImportRequest {
        if (workSlug == null && (workTitle == null || workTitle.isBlank())) {
            throw new IllegalArgumentException("a work slug or a title for a new work is needed");
        }
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(role, "role");
    }
}
