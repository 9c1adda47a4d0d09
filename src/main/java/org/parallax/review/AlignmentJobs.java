package org.parallax.review;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;
import org.parallax.core.align.Aligner;
import org.parallax.core.align.Aligners;
import org.parallax.core.align.AlignmentInput;
import org.parallax.core.align.Lexicon;
import org.parallax.core.review.ReviewBead;
import org.parallax.lexicon.AlignerLexicon;
import org.parallax.lexicon.LanguagePair;
import org.parallax.lexicon.LexiconService;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionText;
import org.parallax.users.AsCaller;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Runs alignments off the UI thread, at most two at a time: a new alignment of two versions, or a re-alignment of
 * what is not approved yet around the approved beads. A cancelled job stores nothing. Both get the language pair's
 * glossaries and the lexicon learned from approved beads ({@link LexiconService}); a new alignment's method says so.
 */
@Service
public class AlignmentJobs implements DisposableBean {

    static final String METHOD = "parallax-standard";

    private final LibraryService library;
    private final ReviewService review;
    private final LexiconService lexicons;
    private final Aligner aligner = Aligners.standard();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, Thread.ofPlatform()
            .name("align-", 1).daemon(true).factory());

    AlignmentJobs(LibraryService library, ReviewService review, LexiconService lexicons) {
        this.library = library;
        this.review = review;
        this.lexicons = lexicons;
    }

    /** A running job: its result (the alignment id) and a way to cancel it. */
    public record Job(CompletableFuture<Long> result, AtomicBoolean cancelled) {

        public void cancel() {
            cancelled.set(true);
        }
    }

    public Job align(long sourceVersionId, long targetVersionId, String actor, DoubleConsumer progress) {
        AtomicBoolean cancelled = new AtomicBoolean();
        return new Job(CompletableFuture.supplyAsync(
                () -> alignNow(sourceVersionId, targetVersionId, actor, progress, cancelled), AsCaller.on(executor)), cancelled);
    }

    /** Re-aligns every bead that is not approved, keeping the approved ones as fixed anchors. */
    public Job realignUnapproved(long alignmentId, String actor, DoubleConsumer progress) {
        AtomicBoolean cancelled = new AtomicBoolean();
        return new Job(CompletableFuture.supplyAsync(
                () -> realignNow(alignmentId, actor, progress, cancelled), AsCaller.on(executor)), cancelled);
    }

    /** {@link #align} on the calling thread; returns the new alignment's id. */
    public long alignNow(long sourceVersionId, long targetVersionId, String actor, DoubleConsumer progress,
                         AtomicBoolean cancelled) {
        progress.accept(0.05);
        VersionText source = version(sourceVersionId);
        VersionText target = version(targetVersionId);
        if (source.summary().workId() != target.summary().workId()) {
            throw new IllegalArgumentException("both versions must belong to the same work");
        }
        AlignmentInput input = input(source, target);
        AlignerLexicon lexicon = lexiconFor(input, actor);
        progress.accept(0.2);
        List<ReviewBead> beads = AlignedBeads.toReview(aligner.align(input.withLexicon(lexicon.lexicon())));
        checkNotCancelled(cancelled);
        progress.accept(0.9);
        String method = lexicon.isEmpty() ? METHOD : METHOD + "; " + lexicon.describe();
        long id = review.createAlignment(source.summary().workId(), sourceVersionId, targetVersionId, method, beads,
                actor);
        progress.accept(1.0);
        return id;
    }

    /** {@link #realignUnapproved} on the calling thread. */
    public long realignNow(long alignmentId, String actor, DoubleConsumer progress, AtomicBoolean cancelled) {
        progress.accept(0.05);
        AlignmentSummary alignment = review.alignment(alignmentId)
                .orElseThrow(() -> new IllegalArgumentException("no alignment " + alignmentId));
        List<StoredBead> approved = review.approvedBeads(alignmentId);
        AlignmentInput input = input(version(alignment.sourceVersionId()), version(alignment.targetVersionId()))
                .withAnchors(approved.stream().map(b -> AlignedBeads.toAnchor(b.bead())).toList());
        input = input.withLexicon(lexiconFor(input, actor).lexicon());
        progress.accept(0.2);
        List<ReviewBead> beads = AlignedBeads.toReview(aligner.align(input));
        checkNotCancelled(cancelled);
        progress.accept(0.9);
        review.replaceAroundApproved(alignmentId, approved, beads, actor);
        progress.accept(1.0);
        return alignmentId;
    }

    /** Glossaries and what was learned from approved beads, for the pair; none for unknown or equal languages. */
    private AlignerLexicon lexiconFor(AlignmentInput input, String actor) {
        if (input.sourceLanguage().isEmpty() || input.targetLanguage().isEmpty()
                || input.targetLanguage().equals(input.sourceLanguage())) {
            return AlignerLexicon.NONE;
        }
        return lexicons.lexiconFor(new LanguagePair(input.sourceLanguage(), input.targetLanguage()), actor);
    }

    private VersionText version(long id) {
        return library.version(id).orElseThrow(() -> new IllegalArgumentException("no version " + id));
    }

    private static AlignmentInput input(VersionText source, VersionText target) {
        return new AlignmentInput(source.sentenceTexts(), target.sentenceTexts(), language(source), language(target),
                Lexicon.EMPTY, List.of(), paragraphStarts(source), paragraphStarts(target));
    }

    /** The sentence number at which each paragraph after the first starts (for aligners that align paragraphs first). */
    private static List<Integer> paragraphStarts(VersionText version) {
        return AlignmentInput.paragraphStarts(version.paragraphs().stream().map(p -> p.sentences().size()).toList());
    }

    /** The aligner wants the bare language ("zh" for "zh-Hans"). */
    private static String language(VersionText version) {
        return Locale.forLanguageTag(version.metadata().language()).getLanguage();
    }

    private static void checkNotCancelled(AtomicBoolean cancelled) {
        if (cancelled.get()) {
            throw new CancellationException("cancelled");
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
