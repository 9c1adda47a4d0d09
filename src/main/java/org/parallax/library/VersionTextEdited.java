package org.parallax.library;

import org.parallax.core.text.TextEdit;

/**
 * Published inside the transaction of a sentence edit (a sentence's text replaced, split or merged, or such an edit
 * undone or redone), so features that hold offsets into the version's body (flags) move them in the same transaction,
 * and features that cache its sentences (search) forget them once it commits.
 *
 * @param sentenceEditId the recorded sentence edit this applies, undoes or redoes
 * @param edit           the change to the body text as applied now (for an undo, the inverse of the recorded one);
 *                       null when only sentence boundaries changed (a split or merge), the text is then unchanged
 * @param undo           whether this undoes the recorded edit (flags it changed are put back as they were)
 * @param body           the version's body text after the change; null with {@code edit}
 * @param actor          who made the change
 */
public record VersionTextEdited(long versionId, long sentenceEditId, TextEdit edit, boolean undo, String body,
                                String actor) {
}
