package org.parallax.search;

import java.util.List;

/**
 * One sentence that matched, as a keyword-in-context line ({@code left}, {@code match}, {@code right}) in the
 * version where it was found, with the aligned sentences of the work's other versions, where an alignment exists.
 *
 * @param sentence the sentence number in its version (0-based)
 */
public record SearchHit(String workSlug, String workTitle, String versionSlug, String versionTitle, String language,
                        int sentence, String left, String match, String right, List<AlignedText> aligned) {

    public SearchHit {
        aligned = List.copyOf(aligned);
    }

    /** The sentences of another version that an alignment links with the hit, and that link's review status. */
    public record AlignedText(String versionSlug, String versionTitle, String language, String text, String status) {
    }
}
