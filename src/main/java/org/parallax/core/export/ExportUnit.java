package org.parallax.core.export;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One bead as it leaves Parallax: both sides as single texts (a bead of several sentences is one unit), its review
 * status and the aligner's confidence.
 *
 * @param index      the bead's position in the alignment, from 0
 * @param source     the bead's source sentences joined by a space; "" for a 0-1 bead
 * @param target     the bead's target sentences joined by a space; "" for a 1-0 bead
 * @param status     one of {@code auto}, {@code edited}, {@code approved}, {@code rejected} (case-insensitive in,
 *                   lower case out)
 * @param confidence the aligner's confidence in [0, 1]
 * @param flags      flags on the target text, offsets into {@code target} (their source spans into
 *                   {@code source}); null means none
 */
public record ExportUnit(int index, String source, String target, String status, double confidence,
                         List<ExportFlag> flags) {

    /** The review statuses of a bead (see {@code org.parallax.core.review.BeadStatus}). */
    public static final Set<String> STATUSES = Set.of("auto", "edited", "approved", "rejected");

    public ExportUnit {
        if (index < 0) {
            throw new IllegalArgumentException("negative bead index " + index);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        status = Objects.requireNonNull(status, "status").toLowerCase(java.util.Locale.ROOT);
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("unknown status '" + status + "', expected one of " + STATUSES);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        flags = flags == null ? List.of() : List.copyOf(flags);
        for (ExportFlag flag : flags) {
            if (flag.end() > target.length()) {
                throw new IllegalArgumentException("flag [" + flag.start() + ", " + flag.end()
                        + ") lies outside the target text of bead " + index + " (length " + target.length() + ")");
            }
            if (flag.sourceSpan() != null && flag.sourceSpan().end() > source.length()) {
                throw new IllegalArgumentException("the source span of flag [" + flag.start() + ", " + flag.end()
                        + ") lies outside the source text of bead " + index + " (length " + source.length() + ")");
            }
        }
    }

    /** A unit from a bead's sentences; flag offsets must refer to the target sentences joined by one space. */
    public static ExportUnit ofSentences(int index, List<String> sourceSentences, List<String> targetSentences,
                                         String status, double confidence, List<ExportFlag> flags) {
        return new ExportUnit(index, String.join(" ", sourceSentences), String.join(" ", targetSentences), status,
                confidence, flags);
    }

    public boolean isApproved() {
        return status.equals("approved");
    }
}
