package org.parallax.review;

import java.time.OffsetDateTime;

/** An alignment of two versions, with how far its review has come. */
public record AlignmentSummary(long id, long workId, long sourceVersionId, String sourceTitle, String sourceLanguage,
                               long targetVersionId, String targetTitle, String targetLanguage, String method,
                               String createdBy, OffsetDateTime createdAt, long revision, int beads, int approved,
                               int rejected) {

    /** Approved beads as a fraction of all beads, 0 to 1. */
    public double progress() {
        return beads == 0 ? 0 : (double) approved / beads;
    }
}
