package org.parallax.flags;

import org.parallax.core.flags.FlagCategory;

/** Filters of the corpus-wide flags list; null means "any". {@code term} matches flagged text or source term. */
public record FlagQuery(FlagCategory category, FlagStatus status, String term, Long versionId) {

    public static final FlagQuery ALL = new FlagQuery(null, null, null, null);
}
