package org.parallax.core.review;

/**
 * The sentences one bead links, as contiguous half-open ranges of sentence numbers on each side:
 * source {@code [sourceStart, sourceEnd)} and target {@code [targetStart, targetEnd)}. One side may be empty
 * (a 1-0 or 0-1 bead), never both. In an alignment, each bead starts where the previous one ends on both sides,
 * so ordering beads by {@code (sourceStart, targetStart)} gives their order.
 */
public record BeadRange(int sourceStart, int sourceEnd, int targetStart, int targetEnd) {

    public BeadRange {
        if (sourceStart < 0 || targetStart < 0 || sourceEnd < sourceStart || targetEnd < targetStart) {
            throw new IllegalArgumentException("bad bead " + describe(sourceStart, sourceEnd, targetStart, targetEnd));
        }
        if (sourceEnd == sourceStart && targetEnd == targetStart) {
            throw new IllegalArgumentException("a bead needs at least one sentence");
        }
    }

    public int sourceSize() {
        return sourceEnd - sourceStart;
    }

    public int targetSize() {
        return targetEnd - targetStart;
    }

    /** "2-1" for two source sentences linked to one target sentence. */
    public String type() {
        return sourceSize() + "-" + targetSize();
    }

    /** Whether {@code next} starts exactly where this bead ends, on both sides. */
    public boolean isFollowedBy(BeadRange next) {
        return next.sourceStart == sourceEnd && next.targetStart == targetEnd;
    }

    public boolean overlaps(BeadRange other) {
        return (sourceStart < other.sourceEnd && other.sourceStart < sourceEnd)
                || (targetStart < other.targetEnd && other.targetStart < targetEnd);
    }

    @Override
    public String toString() {
        return describe(sourceStart, sourceEnd, targetStart, targetEnd);
    }

    private static String describe(int sourceStart, int sourceEnd, int targetStart, int targetEnd) {
        return "[" + sourceStart + "," + sourceEnd + ")x[" + targetStart + "," + targetEnd + ")";
    }
}
