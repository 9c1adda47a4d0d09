package org.parallax.library;

/**
 * Published inside the import transaction once a version is stored, so other features can add what they derive
 * from it (e.g. suggested flags) in the same transaction: a failure there undoes the whole import.
 */
public record VersionImported(long versionId) {
}
