package org.parallax.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.parallax.core.review.BeadRange;
import org.parallax.core.text.Span;
import org.parallax.flags.Flag;
import org.parallax.flags.FlagService;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionSummary;
import org.parallax.library.VersionText;
import org.parallax.library.VersionTextEdited;
import org.parallax.library.WorkSummary;
import org.parallax.review.AlignmentSummary;
import org.parallax.review.BeadFilter;
import org.parallax.review.ReviewService;
import org.parallax.review.StoredBead;
import org.parallax.search.SearchHit.AlignedText;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Full-text search over every sentence of every version, in any script, with a Lucene index held in memory. The
 * index is built when the application is ready (after the sample corpus is loaded) and built again, before a
 * search, whenever the library holds a different number of versions than when it was built (an import happened).
 * A sentence edit ({@link VersionTextEdited}) makes the index stale too: once the edit commits, the version's cached
 * sentences are dropped and the next search builds the index again.
 * Hits come back as a bilingual concordance: each hit's sentence in context, with the sentences that the work's
 * alignments link it to in the other versions.
 */
@Service
public class SearchService {

    private static final int CONTEXT_CHARS = 70;
    /** How many more candidates the index is asked for when hits are filtered afterwards. */
    private static final int FILTER_CANDIDATES = 10;

    private final LibraryService library;
    private final ReviewService review;
    private final FlagService flags;
    private final Map<Long, List<String>> sentencesOfVersion = new ConcurrentHashMap<>();
    private final Map<Long, BeadsAtRevision> beadsOfAlignment = new ConcurrentHashMap<>();
    private volatile Built built;
    /** Counts committed sentence edits; an index built before the latest one is stale. */
    private final AtomicLong textEdits = new AtomicLong();

    /** An index and what it was built from. */
    private record Built(SentenceIndex index, int versions, long textEdits, Map<Long, VersionSummary> versionsById,
                         Map<Long, WorkSummary> worksById) {
    }

    /** An alignment's beads as they were at one revision: reused until a review changes the alignment. */
    private record BeadsAtRevision(long revision, List<StoredBead> beads) {
    }

    SearchService(LibraryService library, ReviewService review, FlagService flags) {
        this.flags = flags;
        this.library = library;
        this.review = review;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void buildAtStart() {
        current();
    }

    /** A version's text or sentences changed: forget them once the change is committed (never before). */
    @TransactionalEventListener(fallbackExecution = true)
    public void textEdited(VersionTextEdited edited) {
        sentencesOfVersion.remove(edited.versionId());
        textEdits.incrementAndGet();
    }

    /** The works, for filters. */
    public List<WorkSummary> works() {
        return library.works();
    }

    /** How many sentences the index holds (building it if needed). */
    public int indexedSentences() {
        return current().index().size();
    }

    /** @throws IllegalArgumentException with a message for people if the query cannot be read */
    public SearchResult search(SearchQuery query) {
        Built index = current();
        long started = System.nanoTime();
        SentenceIndex.Found found = index.index().search(query.filtersHits()
                ? query.withLimit(query.limit() * FILTER_CANDIDATES) : query);
        long micros = (System.nanoTime() - started) / 1000;
        List<SearchHit> hits = new ArrayList<>(found.matches().size());
        Map<Long, List<AlignmentSummary>> alignmentsOfWork = new HashMap<>();
        for (SentenceIndex.Match match : found.matches()) {
            VersionSummary version = index.versionsById().get(match.versionId());
            WorkSummary work = index.worksById().get(version.workId());
            String text = match.text();
            int start = match.first().start();
            int end = match.first().end();
            hits.add(new SearchHit(work.slug(), work.title(), version.slug(), version.title(), version.language(),
                    match.sentence(), leftContext(text, start), text.substring(start, end), rightContext(text, end),
                    aligned(work, version, match.sentence(),
                            alignmentsOfWork.computeIfAbsent(work.id(), this::bestFirst))));
        }
        if (!query.filtersHits()) {
            return new SearchResult(hits, found.total(), micros);
        }
        Map<Long, List<Flag>> flagsOfVersion = new HashMap<>();
        List<SearchHit> kept = hits.stream()
                .filter(hit -> query.beadStatus() == null
                        || hit.aligned().stream().anyMatch(text -> text.status().equals(query.beadStatus())))
                .filter(hit -> !query.flaggedOnly() || flagged(hit, index, flagsOfVersion))
                .limit(query.limit())
                .toList();
        return new SearchResult(kept, kept.size(), micros);
    }

    /** Whether a flag of the hit's version lies (partly) in the hit's sentence. */
    private boolean flagged(SearchHit hit, Built index, Map<Long, List<Flag>> flagsOfVersion) {
        long versionId = index.versionsById().values().stream()
                .filter(v -> v.slug().equals(hit.versionSlug()) && index.worksById().get(v.workId()).slug()
                        .equals(hit.workSlug()))
                .findFirst().orElseThrow().id();
        Span sentence = sentenceSpans(versionId).get(hit.sentence());
        return flagsOfVersion.computeIfAbsent(versionId, flags::ofVersion).stream()
                .anyMatch(flag -> flag.span().start() < sentence.end() && sentence.start() < flag.span().end());
    }

    private List<Span> sentenceSpans(long versionId) {
        return library.version(versionId)
                .map(VersionText::sentenceSpans)
                .orElse(List.of());
    }

    private Built current() {
        List<WorkSummary> works = library.works();
        int versions = works.stream().mapToInt(w -> w.versions().size()).sum();
        Built now = built;
        if (now != null && now.versions() == versions && now.textEdits() == textEdits.get()) {
            return now;
        }
        synchronized (this) {
            long edits = textEdits.get();
            if (built == null || built.versions() != versions || built.textEdits() != edits) {
                built = build(works, versions, edits);
            }
            return built;
        }
    }

    private Built build(List<WorkSummary> works, int versionCount, long edits) {
        List<SentenceIndex.Entry> entries = new ArrayList<>();
        Map<Long, VersionSummary> versions = new ConcurrentHashMap<>();
        Map<Long, WorkSummary> worksById = new ConcurrentHashMap<>();
        for (WorkSummary work : works) {
            worksById.put(work.id(), work);
            for (VersionSummary version : work.versions()) {
                versions.put(version.id(), version);
                List<String> sentences = sentences(version.id());
                for (int i = 0; i < sentences.size(); i++) {
                    entries.add(new SentenceIndex.Entry(work.slug(), version.id(), version.slug(), version.language(),
                            i, sentences.get(i)));
                }
            }
        }
        return new Built(new SentenceIndex(entries), versionCount, edits, versions, worksById);
    }

    /** The work's alignments, those with most approved beads first, then the newest: the first of a pair wins. */
    private List<AlignmentSummary> bestFirst(long workId) {
        return review.alignmentsOfWork(workId).stream()
                .sorted(Comparator.comparingInt(AlignmentSummary::approved).thenComparingLong(AlignmentSummary::id)
                        .reversed())
                .toList();
    }

    /**
     * The hit's sentence as the alignments of its version link it: for each other version, the sentences in the
     * bead of the best alignment (see {@link #bestFirst}) that holds the hit.
     */
    private List<AlignedText> aligned(WorkSummary work, VersionSummary version, int sentence,
                                      List<AlignmentSummary> alignments) {
        List<AlignedText> aligned = new ArrayList<>();
        Set<Long> linked = new HashSet<>();
        for (AlignmentSummary alignment : alignments) {
            boolean hitIsSource = alignment.sourceVersionId() == version.id();
            if (!hitIsSource && alignment.targetVersionId() != version.id()) {
                continue;
            }
            long otherId = hitIsSource ? alignment.targetVersionId() : alignment.sourceVersionId();
            if (linked.contains(otherId)) {
                continue;
            }
            for (StoredBead bead : beadsOf(alignment)) {
                BeadRange r = bead.range();
                int from = hitIsSource ? r.sourceStart() : r.targetStart();
                int to = hitIsSource ? r.sourceEnd() : r.targetEnd();
                if (sentence >= from && sentence < to) {
                    int otherFrom = hitIsSource ? r.targetStart() : r.sourceStart();
                    int otherTo = hitIsSource ? r.targetEnd() : r.sourceEnd();
                    VersionSummary other = work.versions().stream().filter(v -> v.id() == otherId).findFirst()
                            .orElseThrow();
                    String text = String.join(" ", sentences(otherId).subList(otherFrom, otherTo));
                    linked.add(otherId);
                    aligned.add(new AlignedText(other.slug(), other.title(), other.language(), text,
                            bead.status().name().toLowerCase()));
                    break;
                }
            }
        }
        return aligned;
    }

    private List<StoredBead> beadsOf(AlignmentSummary alignment) {
        BeadsAtRevision cached = beadsOfAlignment.get(alignment.id());
        if (cached == null || cached.revision() != alignment.revision()) {
            cached = new BeadsAtRevision(alignment.revision(),
                    review.page(alignment.id(), BeadFilter.ALL, 0, Integer.MAX_VALUE));
            beadsOfAlignment.put(alignment.id(), cached);
        }
        return cached.beads();
    }

    private List<String> sentences(long versionId) {
        return sentencesOfVersion.computeIfAbsent(versionId, id -> library.version(id).map(VersionText::sentenceTexts)
                .orElse(List.of()));
    }

    private static String leftContext(String text, int start) {
        int from = Math.max(0, start - CONTEXT_CHARS);
        return (from > 0 ? "…" : "") + text.substring(from, start);
    }

    private static String rightContext(String text, int end) {
        int to = Math.min(text.length(), end + CONTEXT_CHARS);
        return text.substring(end, to) + (to < text.length() ? "…" : "");
    }
}
