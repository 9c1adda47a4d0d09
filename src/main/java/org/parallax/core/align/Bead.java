package org.parallax.core.align;

import java.util.List;

/**
 * One link of an alignment: consecutive source segments aligned with consecutive target segments.
 * Either side may be empty (a 1-0 deletion or a 0-1 insertion), never both.
 *
 * @param source     0-based indices into the source segment list, ascending and consecutive; never null
 * @param target     0-based indices into the target segment list, ascending and consecutive; never null
 * @param confidence estimated probability in [0, 1] that this exact bead is right
 */
public record Bead(List<Integer> source, List<Integer> target, double confidence) {

    public Bead {
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("a bead needs at least one segment");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
        requireConsecutive(source);
        requireConsecutive(target);
    }

    /** A bead covering {@code sourceCount} segments from {@code sourceStart} and {@code targetCount} from {@code targetStart}. */
    public static Bead of(int sourceStart, int sourceCount, int targetStart, int targetCount, double confidence) {
        return new Bead(range(sourceStart, sourceCount), range(targetStart, targetCount), confidence);
    }

    /** The bead type as {@code "2-1"}: number of source segments, dash, number of target segments. */
    public String type() {
        return source.size() + "-" + target.size();
    }

    public boolean isNull() {
        return source.isEmpty() || target.isEmpty();
    }

    public Bead withConfidence(double newConfidence) {
        return new Bead(source, target, newConfidence);
    }

    /** The bead in the evaluation format of shared/eval: {@code [1,2]:[3]}, {@code [4]:[]}. */
    public String toBeadString() {
        return indices(source) + ":" + indices(target);
    }

    private static String indices(List<Integer> side) {
        StringBuilder text = new StringBuilder("[");
        for (int k = 0; k < side.size(); k++) {
            text.append(k == 0 ? "" : ",").append(side.get(k));
        }
        return text.append(']').toString();
    }

    private static List<Integer> range(int start, int count) {
        Integer[] indices = new Integer[count];
        for (int k = 0; k < count; k++) {
            indices[k] = start + k;
        }
        return List.of(indices);
    }

    private static void requireConsecutive(List<Integer> side) {
        for (int k = 0; k < side.size(); k++) {
            if (side.get(k) < 0 || (k > 0 && side.get(k) != side.get(k - 1) + 1)) {
                throw new IllegalArgumentException("bead indices must be consecutive and non-negative: " + side);
            }
        }
    }
}
