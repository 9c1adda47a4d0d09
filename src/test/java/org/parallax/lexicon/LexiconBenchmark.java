package org.parallax.lexicon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.ParallaxApplication;
import org.parallax.core.review.BeadRange;
import org.parallax.core.review.BeadStatus;
import org.parallax.core.review.ReviewBead;
import org.parallax.core.text.SegmentedParagraph;
import org.parallax.core.text.Span;
import org.parallax.library.LibraryService;
import org.parallax.library.NewVersion;
import org.parallax.library.VersionMetadata;
import org.parallax.library.VersionRole;
import org.parallax.review.ReviewService;
import org.parallax.users.SystemAuthentication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark (not a test): learning the lexicon of a language pair from a 50,000-bead alignment whose beads are all
 * approved (KJV / Reina-Valera 1909 verses of the public Bible sets, cycled), in an H2 file database; and the
 * lexicon look-up an alignment job makes when nothing changed. Run with {@code src/bench/lexicon-bench.sh --50k}.
 */
public final class LexiconBenchmark {

    private static final int BEADS = Integer.getInteger("beads", 50_000);
    private static final int REPEATS = 3;

    private LexiconBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(System.getProperty("parallax.shared", "../shared"));
        List<String> english = new ArrayList<>();
        List<String> spanish = new ArrayList<>();
        for (String book : List.of("mark", "jonah")) {
            english.addAll(Files.readAllLines(shared.resolve("eval/public/bible-" + book + "-kjv-rv1909/src.txt")));
            spanish.addAll(Files.readAllLines(shared.resolve("eval/public/bible-" + book + "-kjv-rv1909/tgt.txt")));
        }
        int verses = Math.min(english.size(), spanish.size());
        Path folder = Files.createTempDirectory("lexicon-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ParallaxApplication.class)
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db"),
                        "--parallax.corpus.load=false", "--parallax.bootstrap.admin-password=benchmark-only-password",
                        "--logging.level.root=warn")) {
            LibraryService library = app.getBean(LibraryService.class);
            ReviewService review = app.getBean(ReviewService.class);
            LexiconService lexicons = app.getBean(LexiconService.class);
            SystemAuthentication.run(() -> {
                long workId = library.workFor("benchmark", "Benchmark", null);
                // verse i of the English list is not always verse i of the Spanish one (a dropped verse); the
                // pairs are still mostly right, which is all a timing needs
                long source = library.addVersion(version(workId, "en", "en", VersionRole.SOURCE, english, verses));
                long target = library.addVersion(version(workId, "es", "es", VersionRole.TRANSLATION, spanish, verses));
                List<ReviewBead> beads = new ArrayList<>(BEADS);
                for (int i = 0; i < BEADS; i++) {
                    beads.add(new ReviewBead(new BeadRange(i, i + 1, i, i + 1), 0.9, BeadStatus.APPROVED));
                }
                review.createAlignment(workId, source, target, "benchmark", beads, "bench");
                LanguagePair pair = new LanguagePair("en", "es");
                for (int k = 0; k < REPEATS; k++) {
                    long start = System.nanoTime();
                    int learned = lexicons.learn(pair, "bench");
                    System.out.printf(Locale.ROOT, "learn en-es from %,d approved beads: %,d pairs in %.2f s%n", BEADS,
                            learned, (System.nanoTime() - start) / 1e9);
                }
                for (int k = 0; k < REPEATS; k++) {
                    long start = System.nanoTime();
                    AlignerLexicon lexicon = lexicons.lexiconFor(pair, "bench");
                    System.out.printf(Locale.ROOT, "lexicon for an alignment job, nothing changed (%s): %.0f ms%n",
                            lexicon.describe(), (System.nanoTime() - start) / 1e6);
                }
            });
        }
    }

    private static NewVersion version(long workId, String slug, String language, VersionRole role, List<String> verses,
                                      int cycle) {
        List<SegmentedParagraph> paragraphs = new ArrayList<>(BEADS);
        for (int i = 0; i < BEADS; i++) {
            String text = verses.get(i % cycle);
            paragraphs.add(new SegmentedParagraph(text, List.of(new Span(0, text.length()))));
        }
        VersionMetadata metadata = new VersionMetadata(slug, language, role, slug, null, null, null, null, null, null,
                null, null);
        return new NewVersion(workId, metadata, "", paragraphs, List.of());
    }
}
