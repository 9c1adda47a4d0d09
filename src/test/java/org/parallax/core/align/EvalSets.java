package org.parallax.core.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the evaluation sets of shared/eval (location from the {@code parallax.shared} system property). */
final class EvalSets {

    private EvalSets() {
    }

    static Path shared() {
        return Path.of(System.getProperty("parallax.shared", "../shared"));
    }

    static List<String> lines(String relativePath) {
        try {
            return Files.readAllLines(shared().resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gold beads of a file in the eval format, as bead strings {@code [1,2]:[3]}. */
    static List<String> gold(String relativePath) {
        List<String> beads = new ArrayList<>();
        for (String line : lines(relativePath)) {
            if (!line.isBlank()) {
                beads.add(line.strip().replace(" ", ""));
            }
        }
        return beads;
    }

    /** Strict precision, recall and F1 as defined by shared/eval/score.py (Vecalign's definitions). */
    record Score(double precision, double recall) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    static Score strict(List<String> gold, Alignment test) {
        return strict(gold, test.beads().stream().map(Bead::toBeadString).toList());
    }

    /** {@link #strict(List, Alignment)} for beads given as strings {@code [1,2]:[3]}. */
    static Score strict(List<String> gold, List<String> testBeads) {
        java.util.Set<String> goldSet = new java.util.HashSet<>(gold);
        long matched = testBeads.stream().filter(goldSet::contains).count();
        java.util.Set<String> testNonNull = new java.util.HashSet<>();
        testBeads.stream().filter(b -> !isNull(b)).forEach(testNonNull::add);
        List<String> goldNonNull = gold.stream().filter(b -> !isNull(b)).toList();
        long found = goldNonNull.stream().filter(testNonNull::contains).count();
        return new Score((double) matched / testBeads.size(), (double) found / goldNonNull.size());
    }

    private static boolean isNull(String bead) {
        return bead.startsWith("[]") || bead.endsWith("[]");
    }
}
