package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parallax.core.compare.CommonPartition;
import org.parallax.core.compare.SentenceRange;
import org.parallax.core.review.BeadRange;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionSummary;
import org.parallax.library.VersionText;
import org.parallax.library.WorkSummary;
import org.parallax.review.AlignmentJobs;
import org.parallax.review.AlignmentSummary;
import org.parallax.review.BeadFilter;
import org.parallax.review.ReviewService;
import org.parallax.review.StoredBead;
import org.parallax.users.AsCaller;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Compares versions of a work through a pivot, as InterText does: each other version is aligned to the pivot
 * (an existing alignment of the pair that covers both versions is reused, with whatever review it has had;
 * otherwise the standard aligner runs and its alignment is stored for review), and the rows are the coarsest groups of pivot sentences that keep
 * every alignment's beads whole ({@link CommonPartition}).
 *
 * <p>Words are compared within a language only, and each row scored, as {@link ComparisonRows} explains.
 */
@Service
public class ComparisonService implements DisposableBean {

    private final LibraryService library;
    private final ReviewService review;
    private final AlignmentJobs jobs;
    private final ComparisonRows rowBuilder = new ComparisonRows();
    /** So two comparisons started at once do not both align the same pair. */
    private final Object aligning = new Object();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, Thread.ofPlatform()
            .name("compare-", 1).daemon(true).factory());

    ComparisonService(LibraryService library, ReviewService review, AlignmentJobs jobs) {
        this.library = library;
        this.review = review;
        this.jobs = jobs;
    }

    public List<WorkSummary> works() {
        return library.works();
    }

    public Optional<WorkSummary> work(String slug) {
        return library.work(slug);
    }

    /**
     * Compares the pivot with the other versions (1..n, all of the same work, none the pivot), aligning any pair
     * not aligned yet; that can take a while, so call it off the UI thread.
     *
     * @param actor who is recorded as having made any new alignment
     */
    public Comparison compare(long workId, long pivotVersionId, List<Long> otherVersionIds, String actor) {
        List<Long> others = List.copyOf(new LinkedHashSet<>(otherVersionIds));
        if (others.isEmpty() || others.contains(pivotVersionId)) {
            throw new IllegalArgumentException("compare the pivot with at least one other version");
        }
        WorkSummary work = library.works().stream().filter(w -> w.id() == workId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no work " + workId));
        List<VersionText> texts = new ArrayList<>();
        texts.add(versionOf(work, pivotVersionId));
        others.forEach(id -> texts.add(versionOf(work, id)));

        List<List<BeadRange>> alignments = new ArrayList<>();
        for (VersionText other : texts.subList(1, texts.size())) {
            alignments.add(beadsFromPivot(workId, texts.getFirst(), other, actor));
        }
        List<List<String>> sentences = texts.stream().map(VersionText::sentenceTexts).toList();
        List<CommonPartition.Row> partition = CommonPartition.of(sentences.getFirst().size(), alignments);
        List<String> languages = texts.stream().map(t -> t.metadata().language()).toList();

        List<ComparisonRow> rows = new ArrayList<>(partition.size());
        for (CommonPartition.Row part : partition) {
            List<SentenceRange> ranges = new ArrayList<>();
            ranges.add(part.pivot());
            ranges.addAll(part.others());
            rows.add(rowBuilder.row(rows.size(), ranges, sentences, languages));
        }
        return new Comparison(work.id(), work.slug(), work.title(), texts.stream().map(VersionText::summary).toList(),
                rows);
    }

    /** {@link #compare(String, String, List, String)} on a background thread (at most two at a time). */
    public CompletableFuture<Comparison> start(String workSlug, String pivotSlug, List<String> otherSlugs,
                                               String actor) {
        // Runs as the caller: aligning a missing pair stores an alignment, which needs a translator's or editor's role.
        return CompletableFuture.supplyAsync(() -> compare(workSlug, pivotSlug, otherSlugs, actor),
                AsCaller.on(executor));
    }

    /** The same by slugs: {@code compare("jonah", "kjv", List.of("web-derived", "rv1909"), actor)}. */
    public Comparison compare(String workSlug, String pivotSlug, List<String> otherSlugs, String actor) {
        WorkSummary work = work(workSlug).orElseThrow(() -> new IllegalArgumentException("no work " + workSlug));
        return compare(work.id(), versionId(work, pivotSlug), otherSlugs.stream().map(s -> versionId(work, s)).toList(),
                actor);
    }

    /**
     * The beads of the best existing alignment of the pair (most approved beads, then newest) among those that
     * cover both versions to the end, or of a new one; with the pivot as the source side.
     */
    private List<BeadRange> beadsFromPivot(long workId, VersionText pivot, VersionText other, String actor) {
        long pivotId = pivot.summary().id();
        long otherId = other.summary().id();
        int pivotSize = pivot.sentenceTexts().size();
        int otherSize = other.sentenceTexts().size();
        synchronized (aligning) {
            List<AlignmentSummary> candidates = review.alignmentsOfWork(workId).stream()
                    .filter(a -> pairs(a, pivotId, otherId))
                    .sorted(Comparator.comparingInt(AlignmentSummary::approved)
                            .thenComparingLong(AlignmentSummary::id).reversed())
                    .toList();
            for (AlignmentSummary candidate : candidates) {
                List<BeadRange> beads = fromPivot(candidate.id(), candidate.sourceVersionId() == pivotId);
                if (covers(beads, pivotSize, otherSize)) {
                    return beads;
                }
            }
            return fromPivot(alignNow(pivotId, otherId, actor), true);
        }
    }

    private List<BeadRange> fromPivot(long alignmentId, boolean pivotIsSource) {
        return review.page(alignmentId, BeadFilter.ALL, 0, Integer.MAX_VALUE).stream().map(StoredBead::range)
                .map(r -> pivotIsSource ? r : new BeadRange(r.targetStart(), r.targetEnd(), r.sourceStart(),
                        r.sourceEnd()))
                .toList();
    }

    /** Whether the beads run without a hole from the first sentence to the last on both sides. */
    private static boolean covers(List<BeadRange> beads, int pivotSize, int otherSize) {
        int pivot = 0;
        int other = 0;
        for (BeadRange bead : beads) {
            if (bead.sourceStart() != pivot || bead.targetStart() != other) {
                return false;
            }
            pivot = bead.sourceEnd();
            other = bead.targetEnd();
        }
        return pivot == pivotSize && other == otherSize;
    }

    private static boolean pairs(AlignmentSummary alignment, long a, long b) {
        return (alignment.sourceVersionId() == a && alignment.targetVersionId() == b)
                || (alignment.sourceVersionId() == b && alignment.targetVersionId() == a);
    }

    /** Aligns on the calling thread: {@link #start} already runs off the UI thread. */
    private long alignNow(long pivot, long other, String actor) {
        return jobs.alignNow(pivot, other, actor, progress -> { }, new AtomicBoolean());
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private VersionText versionOf(WorkSummary work, long versionId) {
        VersionText text = library.version(versionId)
                .orElseThrow(() -> new IllegalArgumentException("no version " + versionId));
        if (text.summary().workId() != work.id()) {
            throw new IllegalArgumentException("version " + versionId + " is not a version of " + work.slug());
        }
        return text;
    }

    private static long versionId(WorkSummary work, String slug) {
        return work.versions().stream().filter(v -> Objects.equals(v.slug(), slug)).findFirst()
                .map(VersionSummary::id)
                .orElseThrow(() -> new IllegalArgumentException(work.slug() + " has no version " + slug));
    }
}
