package org.parallax.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parallax.core.text.SegmentedDocument;
import org.parallax.core.text.TextPipeline;

/**
 * Prints how long searches take over the whole sample corpus (every text under corpus/, segmented as an import
 * would), and over the corpus copied N times to see how it scales; a scan with java.util.regex is the baseline.
 * Not a test. Run (the argument is N, default 50):
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.parallax.search.SearchBenchmark 50
 * </pre>
 */
public final class SearchBenchmark {

    private static final int REPEATS = 200;
    /** Keeps the scan's result alive so the JIT cannot drop the scan. */
    private static long scanned;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        List<SentenceIndex.Entry> corpus = corpusSentences(Path.of("corpus"));
        for (int times : new int[] {1, copies}) {
            List<SentenceIndex.Entry> entries = new ArrayList<>(corpus.size() * times);
            for (int copy = 0; copy < times; copy++) {
                for (SentenceIndex.Entry e : corpus) {
                    entries.add(new SentenceIndex.Entry(e.work(), e.versionId() + 1000L * copy, e.version(),
                            e.language(), e.sentence(), e.text()));
                }
            }
            long started = System.nanoTime();
            SentenceIndex index = new SentenceIndex(entries);
            System.out.printf(Locale.ROOT, "%n%d sentences (corpus x%d), index built in %.0f ms%n", index.size(), times,
                    (System.nanoTime() - started) / 1e6);
            System.out.printf(Locale.ROOT, "%-36s %8s %10s %10s %12s%n", "query", "hits", "median ms", "p95 ms",
                    "scan med ms");
            run(index, entries, SearchQuery.words("Nineveh"), "(?iU)\\bnineveh\\b");
            run(index, entries, SearchQuery.words("\"great city\""), "(?iU)\\bgreat city\\b");
            run(index, entries, SearchQuery.words("человек"), "(?iU)\\bчеловек\\b");
            run(index, entries, SearchQuery.words("人人"), "人人");
            run(index, entries, SearchQuery.regex("ninev.h"), "(?iU)\\bninev.h\\b");
            run(index, entries, SearchQuery.regex("[a-z]*ment"), "(?iU)\\b[a-z]*ment\\b");
            run(index, entries, SearchQuery.words("rights").inLanguage("en"), "(?iU)\\brights\\b");
        }
    }

    private static void run(SentenceIndex index, List<SentenceIndex.Entry> entries, SearchQuery query, String scan) {
        SearchQuery limited = new SearchQuery(query.text(), query.mode(), query.work(), query.version(),
                query.language(), 100, null, false);
        long hits = index.search(limited).total();
        double[] times = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long started = System.nanoTime();
            index.search(limited);
            times[i] = (System.nanoTime() - started) / 1e6;
        }
        Pattern pattern = Pattern.compile(scan);
        double[] scans = new double[Math.max(5, REPEATS / 20)];
        for (int i = 0; i < scans.length; i++) {
            long started = System.nanoTime();
            scanned += entries.stream().filter(e -> pattern.matcher(e.text()).find()).count();
            scans[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(times);
        Arrays.sort(scans);
        String label = query.mode() + " " + query.text() + (query.language() == null ? "" : " [" + query.language() + "]");
        System.out.printf(Locale.ROOT, "%-36s %8d %10.3f %10.3f %12.3f%n", label, hits, times[REPEATS / 2],
                times[REPEATS * 95 / 100], scans[scans.length / 2]);
    }

    /** Every text of the sample corpus, segmented as an import would segment it. */
    private static List<SentenceIndex.Entry> corpusSentences(Path corpus) throws IOException {
        List<SentenceIndex.Entry> entries = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long versionId = 0;
        for (Path file : files) {
            SegmentedDocument document = TextPipeline.process(Files.readString(file), Optional.empty());
            versionId++;
            int sentence = 0;
            for (var paragraph : document.paragraphs()) {
                for (String text : paragraph.sentenceTexts()) {
                    entries.add(new SentenceIndex.Entry(file.getParent().getFileName().toString(), versionId,
                            file.getFileName().toString(), document.language(), sentence++, text));
                }
            }
        }
        return entries;
    }
}
