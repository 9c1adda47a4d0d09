package org.parallax.core.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (not a test): does a lexicon learned from approved beads help later alignments? Treats the gold beads
 * of one document as approved, learns with {@link LexiconLearner#APPROVED}, and aligns another document with and
 * without the learned lexicon. Writes {@code NAME.gold}, {@code NAME.without} and {@code NAME.with} (bead format)
 * into the folder given as the first argument, for shared/eval/score.py, and prints strict F1 of each (the same
 * definition as score.py).
 * Run with {@code src/bench/lexicon-bench.sh}.
 */
public final class LearnedLexiconBenchmark {

    private static final String BIBLE = "eval/public/bible-%s-kjv-rv1909%s/";
    /** {@link LexiconLearner#APPROVED}, or other settings to compare: {@code -Dthreshold=0.5 -DminCount=2}. */
    private static final LexiconLearner.Settings SETTINGS = new LexiconLearner.Settings(
            Double.parseDouble(System.getProperty("threshold", String.valueOf(LexiconLearner.APPROVED.threshold()))),
            Integer.getInteger("minCount", LexiconLearner.APPROVED.minCount()), LexiconLearner.APPROVED.maxPairs());

    private LearnedLexiconBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench-lexicon"));
        Document mark = Document.of(BIBLE.formatted("mark", ""));
        Document jonah = Document.of(BIBLE.formatted("jonah", ""));
        run(out, "jonah-perturbed-from-mark", mark, Document.of(BIBLE.formatted("jonah", "-perturbed")), "en", "es");
        run(out, "mark-perturbed-from-jonah", jonah, Document.of(BIBLE.formatted("mark", "-perturbed")), "en", "es");
        Document textBerg = new Document(EvalSets.lines("eval/textberg-dev/dev.de"),
                EvalSets.lines("eval/textberg-dev/dev.fr"), EvalSets.gold("eval/textberg-dev/dev.defr"));
        int half = textBerg.gold().size() / 2;
        run(out, "textberg-second-half-from-first", textBerg.beads(0, half), textBerg.beads(half, textBerg.gold().size()),
                "de", "fr");
        run(out, "textberg-first-half-from-second", textBerg.beads(half, textBerg.gold().size()), textBerg.beads(0, half),
                "de", "fr");
        // cross-validation: each fold aligned with what the other folds' gold teaches; 8 folds = short documents
        int size = textBerg.gold().size();
        for (int folds : new int[] {4, 8}) {
            for (int k = 0; k < folds; k++) {
                int from = k * size / folds;
                int to = (k + 1) * size / folds;
                run(out, "textberg-fold" + (k + 1) + "of" + folds + "-from-rest",
                        textBerg.beads(0, from).plus(textBerg.beads(to, size)), textBerg.beads(from, to), "de", "fr");
            }
        }
    }

    private static void run(Path out, String name, Document approved, Document aligned, String source, String target)
            throws IOException {
        long start = System.nanoTime();
        List<LexiconLearner.LearnedPair> learned = approved.learn();
        double learnMillis = (System.nanoTime() - start) / 1e6;
        AlignmentInput input = AlignmentInput.of(aligned.source(), aligned.target()).withLanguages(source, target);
        Alignment without = Aligners.standard().align(input);
        Alignment with = Aligners.standard().align(input.withLexicon(LexiconLearner.lexiconOf(learned)));
        Files.write(out.resolve(name + ".gold"), aligned.gold());
        Files.write(out.resolve(name + ".without"), without.beads().stream().map(Bead::toBeadString).toList());
        Files.write(out.resolve(name + ".with"), with.beads().stream().map(Bead::toBeadString).toList());
        System.out.printf(Locale.ROOT, "%-34s learned %,6d pairs from %,5d beads in %5.0f ms; strict F1 without %.4f, "
                        + "with %.4f%n", name, learned.size(), approved.gold().size(), learnMillis,
                EvalSets.strict(aligned.gold(), without).f1(), EvalSets.strict(aligned.gold(), with).f1());
    }

    /** Segments of both sides and the gold beads over them. */
    private record Document(List<String> source, List<String> target, List<String> gold) {

        static Document of(String folder) {
            return new Document(EvalSets.lines(folder + "src.txt"), EvalSets.lines(folder + "tgt.txt"),
                    EvalSets.gold(folder + "gold.txt"));
        }

        /** The gold beads {@code [from, to)} with just their segments, renumbered from 0. */
        Document beads(int from, int to) {
            int s0 = firstOf(from, 0, source.size());
            int t0 = firstOf(from, 1, target.size());
            int s1 = firstOf(to, 0, source.size());
            int t1 = firstOf(to, 1, target.size());
            List<String> renumbered = new ArrayList<>();
            for (String bead : gold.subList(from, to)) {
                String[] sides = bead.split(":");
                renumbered.add(shift(sides[0], s0) + ":" + shift(sides[1], t0));
            }
            return new Document(source.subList(s0, s1), target.subList(t0, t1), renumbered);
        }

        /** Both documents' beads, for learning (the result's segments are not contiguous text). */
        Document plus(Document other) {
            List<String> sources = new ArrayList<>(source);
            sources.addAll(other.source);
            List<String> targets = new ArrayList<>(target);
            targets.addAll(other.target);
            List<String> beads = new ArrayList<>(gold);
            for (String bead : other.gold) {
                String[] sides = bead.split(":");
                beads.add(shift(sides[0], -source.size()) + ":" + shift(sides[1], -target.size()));
            }
            return new Document(sources, targets, beads);
        }

        /** The first segment of a side at or after bead {@code bead}, or {@code size} if none. */
        private int firstOf(int bead, int side, int size) {
            for (int k = bead; k < gold.size(); k++) {
                List<Integer> segments = segments(gold.get(k).split(":")[side]);
                if (!segments.isEmpty()) {
                    return segments.getFirst();
                }
            }
            return size;
        }

        /** Gold beads that link both sides, as text pairs, learned from. */
        List<LexiconLearner.LearnedPair> learn() {
            List<String> sources = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            for (String bead : gold) {
                String[] sides = bead.split(":");
                List<Integer> s = segments(sides[0]);
                List<Integer> t = segments(sides[1]);
                if (!s.isEmpty() && !t.isEmpty()) {
                    sources.add(String.join(" ", s.stream().map(source::get).toList()));
                    targets.add(String.join(" ", t.stream().map(target::get).toList()));
                }
            }
            return LexiconLearner.learn(sources, targets, SETTINGS);
        }

        private static List<Integer> segments(String side) {
            String inner = side.substring(1, side.length() - 1);
            return inner.isEmpty() ? List.of() : java.util.Arrays.stream(inner.split(",")).map(Integer::valueOf).toList();
        }

        private static String shift(String side, int by) {
            return "[" + String.join(",", segments(side).stream().map(k -> String.valueOf(k - by)).toList()) + "]";
        }
    }
}
