package org.parallax.core.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The method of shared/eval/project_to_gold.py, for tests: an alignment over a system's own segments of a raw
 * text is mapped onto the gold segments (given as code-point offsets into the raw text). Each system segment is
 * found in the raw text with whitespace ignored and stands for the gold segments it overlaps; beads that share a
 * gold segment, and gold segments that one system segment straddles, are merged (connected components).
 */
final class GoldProjection {

    private final List<List<Integer>> sourceIds;
    private final List<List<Integer>> targetIds;
    private final int sourceGold;
    private final int targetGold;

    GoldProjection(String sourceRaw, List<String> sourceSegments, List<int[]> sourceOffsets,
                   String targetRaw, List<String> targetSegments, List<int[]> targetOffsets) {
        this.sourceIds = goldIds(sourceRaw, sourceSegments, sourceOffsets);
        this.targetIds = goldIds(targetRaw, targetSegments, targetOffsets);
        this.sourceGold = sourceOffsets.size();
        this.targetGold = targetOffsets.size();
    }

    /** The system alignment as gold beads {@code [1,2]:[3]}, in order. */
    List<String> project(Alignment alignment) {
        List<List<Integer>> groups = new ArrayList<>();
        for (Bead bead : alignment.beads()) {
            List<Integer> nodes = new ArrayList<>();
            bead.source().forEach(i -> nodes.addAll(sourceIds.get(i)));
            bead.target().forEach(j -> targetIds.get(j).forEach(g -> nodes.add(sourceGold + g)));
            groups.add(nodes);
        }
        return components(groups);
    }

    /** The best gold-bead alignment this segmentation allows (project_to_gold.py --oracle). */
    List<String> oracle(List<String> gold) {
        List<List<Integer>> groups = new ArrayList<>();
        for (String bead : gold) {
            String[] sides = bead.split(":");
            List<Integer> nodes = new ArrayList<>(indices(sides[0]));
            indices(sides[1]).forEach(j -> nodes.add(sourceGold + j));
            groups.add(nodes);
        }
        return components(groups);
    }

    private List<String> components(List<List<Integer>> groups) {
        int[] parent = new int[sourceGold + targetGold];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        List<List<Integer>> all = new ArrayList<>(groups);
        sourceIds.stream().filter(ids -> ids.size() > 1).forEach(all::add);
        targetIds.stream().filter(ids -> ids.size() > 1)
                .forEach(ids -> all.add(ids.stream().map(g -> sourceGold + g).toList()));
        for (List<Integer> nodes : all) {
            for (int node : nodes) {
                parent[find(parent, node)] = find(parent, nodes.getFirst());
            }
        }
        TreeMap<Integer, List<List<Integer>>> byRoot = new TreeMap<>();
        for (int node = 0; node < parent.length; node++) {
            List<List<Integer>> sides = byRoot.computeIfAbsent(find(parent, node),
                    root -> List.of(new ArrayList<>(), new ArrayList<>()));
            if (node < sourceGold) {
                sides.get(0).add(node);
            } else {
                sides.get(1).add(node - sourceGold);
            }
        }
        List<List<List<Integer>>> full = new ArrayList<>(byRoot.values().stream()
                .filter(sides -> !sides.get(0).isEmpty()).sorted(Comparator.comparing(sides -> sides.get(0).getFirst()))
                .toList());
        byRoot.values().stream().filter(sides -> sides.get(0).isEmpty())
                .sorted(Comparator.comparing(sides -> sides.get(1).getFirst())).forEach(insertion -> {
                    int position = 0;
                    for (int k = 0; k < full.size(); k++) {
                        List<Integer> target = full.get(k).get(1);
                        if (!target.isEmpty() && target.getLast() < insertion.get(1).getFirst()) {
                            position = k + 1;
                        }
                    }
                    full.add(position, insertion);
                });
        return full.stream().map(sides -> format(sides.get(0)) + ":" + format(sides.get(1))).toList();
    }

    private static int find(int[] parent, int node) {
        while (parent[node] != node) {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }
        return node;
    }

    private static List<List<Integer>> goldIds(String raw, List<String> segments, List<int[]> offsets) {
        int[] codePoints = raw.codePoints().toArray();
        StringBuilder flat = new StringBuilder();
        List<Integer> position = new ArrayList<>();
        for (int k = 0; k < codePoints.length; k++) {
            if (!isSpace(codePoints[k])) {
                flat.appendCodePoint(codePoints[k]);
                position.add(k);
            }
        }
        int[] flatStart = flat.codePoints().toArray();
        String flatText = new String(flatStart, 0, flatStart.length);
        List<List<Integer>> ids = new ArrayList<>();
        int cursor = 0;
        for (String segment : segments) {
            String key = segment.codePoints().filter(c -> !isSpace(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            List<Integer> overlapped = new ArrayList<>();
            if (!key.isEmpty()) {
                int found = flatText.indexOf(key, flatText.offsetByCodePoints(0, cursor));
                if (found < 0) {
                    throw new IllegalStateException("segment not found in the raw text: " + segment);
                }
                int from = flatText.codePointCount(0, found);
                int length = key.codePointCount(0, key.length());
                int start = position.get(from);
                int end = position.get(from + length - 1) + 1;
                cursor = from + length;
                for (int g = 0; g < offsets.size(); g++) {
                    int lo = Math.max(start, offsets.get(g)[0]);
                    int hi = Math.min(end, offsets.get(g)[1]);
                    if (lo < hi && hasText(codePoints, lo, hi)) {
                        overlapped.add(g);
                    }
                }
            }
            ids.add(overlapped);
        }
        return ids;
    }

    private static boolean hasText(int[] codePoints, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isSpace(codePoints[k])) {
                return true;
            }
        }
        return false;
    }

    /** Python's {@code str.isspace}, near enough for these texts. */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    private static List<Integer> indices(String side) {
        String inner = side.substring(1, side.length() - 1);
        return inner.isEmpty() ? List.of() : java.util.Arrays.stream(inner.split(",")).map(Integer::valueOf).toList();
    }

    private static String format(List<Integer> side) {
        return side.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
