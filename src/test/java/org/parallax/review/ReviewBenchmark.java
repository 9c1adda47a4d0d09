package org.parallax.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.parallax.ParallaxApplication;
import org.parallax.core.flags.FlagCategory;
import org.parallax.core.review.BeadEdits;
import org.parallax.core.text.Span;
import org.parallax.flags.FlagService;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionText;
import org.parallax.users.SystemAuthentication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark (not a test): server-side time of review operations on a 50,000-bead alignment in an H2 file database.
 * Prints the median and the slowest of each operation, at positions spread over the alignment.
 * Run with {@code src/bench/review-bench.sh}.
 */
public final class ReviewBenchmark {

    private static final int BEADS = Integer.getInteger("beads", 50_000);
    private static final int REPEATS = 25;
    private static final int FLAG_EVERY = 99;

    private ReviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("review-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ParallaxApplication.class)
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db"), "--parallax.corpus.load=false",
                        "--parallax.bootstrap.admin-password=benchmark-only-password", "--logging.level.root=warn")) {
            LibraryService library = app.getBean(LibraryService.class);
            ReviewService review = app.getBean(ReviewService.class);
            FlagService flags = app.getBean(FlagService.class);
            SystemAuthentication.run(() -> run(library, review, flags));
        }
    }

    private static void run(LibraryService library, ReviewService review, FlagService flags) {
        long start = System.nanoTime();
        long alignment = LargeAlignment.create(library, review, BEADS);
        System.out.printf(Locale.ROOT, "set-up: 2 versions of %,d sentences and %,d beads stored in %.1f s%n",
                BEADS, BEADS, (System.nanoTime() - start) / 1e9);

        report("open: count + first page of 100", time(i -> {
            review.count(alignment, BeadFilter.ALL);
            review.page(alignment, BeadFilter.ALL, 0, 100);
        }));
        report("scroll: page of 100 at a position spread over 50k", time(i ->
                review.page(alignment, BeadFilter.ALL, position(i), 100)));
        report("approve one bead", time(i -> {
            StoredBead bead = review.page(alignment, BeadFilter.ALL, position(i), 1).getFirst();
            review.approve(alignment, bead.ref(), "bench");
        }));
        report("merge two beads", time(i -> {
            List<StoredBead> pair = review.page(alignment, BeadFilter.ALL, position(i) + 1, 2);
            review.merge(alignment, pair.get(0).ref(), pair.get(1).ref(), "bench");
        }));
        report("undo (the last merge)", time(i -> review.undo(alignment, "bench")));
        report("next unreviewed from a position", time(i -> review.nextUnreviewed(alignment, position(i))));
        int[] edited = new int[REPEATS];
        report("edit a sentence's text (later sentences move)", time(i -> {
            StoredBead bead = review.page(alignment, BeadFilter.ALL, position(i), 1).getFirst();
            edited[i] = bead.range().sourceStart();
            String old = LargeAlignment.sentence(edited[i]);
            review.editSentence(alignment, bead.ref(), BeadEdits.Side.SOURCE, edited[i], old, old + " (edited)",
                    "bench");
        }));
        report("split a sentence (later beads renumbered)", time(i -> {
            StoredBead bead = review.page(alignment, BeadFilter.ALL, position(i), 1).getFirst();
            String seen = LargeAlignment.sentence(edited[i]) + " (edited)";
            review.splitSentence(alignment, bead.ref(), BeadEdits.Side.SOURCE, bead.range().sourceStart(), seen,
                    seen.indexOf(' ') + 1, "bench");
        }));
        report("undo (the last split)", time(i -> review.undo(alignment, "bench")));

        int flagged = flagJonah(library, flags, review.alignment(alignment).orElseThrow().targetVersionId());
        report("merge two beads (" + flagged + " flags with a source term)", time(i -> {
            List<StoredBead> pair = review.page(alignment, BeadFilter.ALL, position(i) + 3, 2);
            review.merge(alignment, pair.get(0).ref(), pair.get(1).ref(), "bench");
        }));
        report("undo (the last merge, with flags)", time(i -> review.undo(alignment, "bench")));
        report("merge a flagged bead with the next (texts loaded)", time(i -> {
            // by sentence, not by position: each merge shifts the positions of the beads after it
            StoredBead flaggedBead = review.beadWithSourceSentence(alignment, position(i) / FLAG_EVERY * FLAG_EVERY)
                    .orElseThrow();
            StoredBead next = review.neighbour(alignment, flaggedBead.id(), true).orElseThrow();
            review.merge(alignment, flaggedBead.ref(), next.ref(), "bench");
        }));
        report("undo (the last merge of a flagged bead)", time(i -> review.undo(alignment, "bench")));
    }

    /** Flags "Jonah" in every {@value #FLAG_EVERY}th target sentence, with that source term; returns how many. */
    private static int flagJonah(LibraryService library, FlagService flags, long targetVersion) {
        VersionText target = library.version(targetVersion).orElseThrow();
        List<Span> sentences = target.paragraphs().stream().flatMap(p -> p.sentences().stream()).toList();
        int count = 0;
        for (int k = 0; k < sentences.size(); k += FLAG_EVERY) {
            Span sentence = sentences.get(k);
            int at = target.textOf(sentence).indexOf("Jonah");
            if (at >= 0) {
                flags.create(targetVersion, new Span(sentence.start() + at, sentence.start() + at + 5),
                        FlagCategory.TERMINOLOGY.name(), "Jonah", null, null, "bench");
                count++;
            }
        }
        return count;
    }

    /** Positions spread evenly over the alignment, away from its end. */
    private static int position(int i) {
        return (int) ((long) i * (BEADS - 200) / REPEATS);
    }

    private interface Operation {
        void run(int i);
    }

    private static double[] time(Operation operation) {
        double[] millis = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            operation.run(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void report(String what, double[] sortedMillis) {
        System.out.printf(Locale.ROOT, "%-52s median %7.1f ms   slowest %7.1f ms   (%d runs)%n", what,
                sortedMillis[sortedMillis.length / 2], sortedMillis[sortedMillis.length - 1], sortedMillis.length);
    }
}
