package org.parallax.lexicon;

import java.time.OffsetDateTime;

/**
 * What is known for one language pair of the corpus's alignments: approved beads now, and the learned lexicon.
 *
 * @param approvedBeads  approved beads in alignments of this pair (either direction) now
 * @param learnedEntries stored learned word pairs; 0 if never learned
 * @param learnedAt      when it was last learned, null if never
 * @param upToDate       whether no approved bead changed since the last learning
 */
public record PairLexicon(LanguagePair languages, int alignments, int approvedBeads, int learnedEntries,
                          OffsetDateTime learnedAt, boolean upToDate) {
}
