package org.parallax.flags;

/**
 * Filters of the corpus-wide flags list; null means "any". {@code category} is a category code
 * ({@link Category#code()}); {@code term} matches flagged text or source term.
 */
public record FlagQuery(String category, FlagStatus status, String term, Long versionId) {

    public static final FlagQuery ALL = new FlagQuery(null, null, null, null);
}
