package org.parallax.lexicon;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.parallax.core.align.DictionaryLexicon;
import org.parallax.core.align.GlossaryEntry;
import org.parallax.core.align.GlossaryReader;
import org.parallax.core.align.Lexicon;
import org.parallax.core.align.LexiconLearner;
import org.parallax.library.LibraryService;
import org.parallax.users.AsCaller;
import org.parallax.users.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bilingual lexicons alignments get: glossaries users upload, and word pairs learned with IBM Model 1 from the
 * beads editors approved ({@link LexiconLearner}).
 * <p>Learning is full, not incremental: it reads every approved bead of the alignments between two languages
 * (either direction), trains on at most {@code LexiconLearner.APPROVED.maxPairs()} of them and replaces the stored
 * entries (docs/benchmarks.md times it on 50k beads). It runs when an editor asks, and before an alignment of the
 * pair when an approved bead changed since (a cheap check of the alignments' revisions), so a new alignment always
 * uses what was approved until then, whoever starts it. Learning runs one at a time in this process, each in its
 * own transaction, so two jobs never write the same pair at once.
 * <p>Editors and administrators upload and delete glossaries and start learning; everyone may read.
 */
@Service
public class LexiconService {

    private final LexiconRepository repository;
    private final LibraryService library;
    private final TransactionTemplate transactions;
    private final Object learning = new Object();
    private final ExecutorService learner = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("lexicon-learner").daemon(true).factory());

    LexiconService(LexiconRepository repository, LibraryService library, TransactionTemplate transactions) {
        this.repository = repository;
        this.library = library;
        this.transactions = transactions;
    }

    /**
     * Stores a glossary ({@link GlossaryReader}'s format: {@code source<TAB>translation} lines) for a language pair.
     * Nothing is stored if any line is bad.
     *
     * @throws IllegalArgumentException with a message for the user (bad file, bad language, name taken)
     */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public GlossarySummary importGlossary(String name, String sourceLanguage, String targetLanguage, byte[] content,
                                          String actor) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new IllegalArgumentException("A glossary needs a name of 1 to 200 characters.");
        }
        LanguagePair pair = new LanguagePair(sourceLanguage, targetLanguage);
        if (pair.source().equals(pair.target())) {
            throw new IllegalArgumentException("A glossary links two different languages, not " + pair + ".");
        }
        List<GlossaryEntry> entries = GlossaryReader.read(content);
        long id = transactions.execute(status -> {
            if (repository.glossaryExists(trimmed, pair)) {
                throw new IllegalArgumentException("There is already a glossary \"" + trimmed + "\" for " + pair + ".");
            }
            return repository.insertGlossary(trimmed, pair, entries, actor);
        });
        return repository.glossaries("where id = ?", id).getFirst();
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public void deleteGlossary(long id) {
        transactions.executeWithoutResult(status -> repository.deleteGlossary(id));
    }

    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.SCHOLAR, Roles.ADMIN})
    public List<GlossarySummary> glossaries() {
        return repository.glossaries("");
    }

    /** Every language pair that has alignments, with its approved beads and learned lexicon. */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.SCHOLAR, Roles.ADMIN})
    public List<PairLexicon> pairs() {
        Map<LanguagePair, List<LexiconRepository.AlignmentLanguages>> byPair = new LinkedHashMap<>();
        for (LexiconRepository.AlignmentLanguages alignment : repository.alignments()) {
            pairOf(alignment).ifPresent(pair -> byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(alignment));
        }
        List<PairLexicon> pairs = new ArrayList<>();
        byPair.forEach((pair, alignments) -> {
            String now = state(alignments);
            Optional<LexiconRepository.LearningState> learned = repository.learningState(pair);
            pairs.add(new PairLexicon(pair, alignments.size(), approved(alignments),
                    learned.map(LexiconRepository.LearningState::entries).orElse(0),
                    learned.map(LexiconRepository.LearningState::learnedAt).orElse(null),
                    learned.map(l -> l.state().equals(now)).orElse(false)));
        });
        return pairs;
    }

    /**
     * Learned entries of a pair whose source or target word starts with {@code prefix}, compared in the learned
     * form (so "Дом" finds "dom"), alphabetically by source word, the most probable translation first.
     */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.SCHOLAR, Roles.ADMIN})
    public List<LearnedEntry> learnedEntries(LanguagePair pair, String prefix, int limit) {
        String stripped = prefix == null ? "" : prefix.strip();
        return repository.learned(pair, stripped.isEmpty() ? "" : LexiconLearner.wordForm(stripped), limit);
    }

    /** Learns the pair's lexicon again from every approved bead now; returns the number of learned entries. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public int learn(LanguagePair pair, String actor) {
        synchronized (learning) {
            return relearn(pair, actor);
        }
    }

    /** {@link #learn} off the caller's thread (seconds for a large pair), as the caller; completes with the count. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public CompletableFuture<Integer> learnInBackground(LanguagePair pair, String actor) {
        return CompletableFuture.supplyAsync(() -> learn(pair, actor), AsCaller.on(learner));
    }

    /**
     * The lexicon for aligning {@code pair}: its glossaries (those of the reverse pair read backwards) and its
     * learned entries, learned again first if an approved bead changed since. For alignment jobs, which anyone who
     * may align starts.
     */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public AlignerLexicon lexiconFor(LanguagePair pair, String actor) {
        synchronized (learning) {
            List<LexiconRepository.AlignmentLanguages> alignments = alignmentsOf(pair);
            String now = state(alignments);
            if (!repository.learningState(pair).map(l -> l.state().equals(now)).orElse(alignments.isEmpty())) {
                relearn(pair, actor);
            }
        }
        List<GlossaryEntry> entries = new ArrayList<>();
        List<GlossarySummary> glossaries = repository.glossaries("where (source_language = ? and target_language = ?) "
                + "or (source_language = ? and target_language = ?)", pair.source(), pair.target(), pair.target(),
                pair.source());
        for (GlossarySummary glossary : glossaries) {
            boolean forwards = glossary.sourceLanguage().equals(pair.source());
            repository.glossaryEntries(glossary.id()).forEach(e -> entries.add(forwards ? e : e.reversed()));
        }
        List<LexiconLearner.LearnedPair> learned = repository.learnedPairs(pair);
        Lexicon lexicon = DictionaryLexicon.fromEntries(entries).union(LexiconLearner.lexiconOf(learned));
        return new AlignerLexicon(lexicon, glossaries.size(), entries.size(), learned.size());
    }

    private int relearn(LanguagePair pair, String actor) {
        List<LexiconRepository.AlignmentLanguages> alignments = alignmentsOf(pair);
        String state = state(alignments);
        int approvedBeads = approved(alignments);
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (LexiconRepository.AlignmentLanguages alignment : alignments) {
            List<LexiconRepository.ApprovedRange> links = repository.approvedLinks(alignment.id());
            if (links.isEmpty()) {
                continue;
            }
            boolean forwards = new LanguagePair(alignment.sourceTag(), alignment.targetTag()).equals(pair);
            List<String> sourceSentences = sentences(alignment.sourceVersionId());
            List<String> targetSentences = sentences(alignment.targetVersionId());
            for (LexiconRepository.ApprovedRange link : links) {
                String source = String.join(" ", sourceSentences.subList(link.sourceStart(), link.sourceEnd()));
                String target = String.join(" ", targetSentences.subList(link.targetStart(), link.targetEnd()));
                sources.add(forwards ? source : target);
                targets.add(forwards ? target : source);
            }
        }
        List<LexiconLearner.LearnedPair> learned = LexiconLearner.learn(sources, targets, LexiconLearner.APPROVED)
                .stream().filter(p -> p.sourceWord().length() <= 200 && p.targetWord().length() <= 200).toList();
        transactions.executeWithoutResult(status ->
                repository.replaceLearned(pair, learned, state, approvedBeads, actor));
        return learned.size();
    }

    private List<String> sentences(long versionId) {
        return library.version(versionId).orElseThrow(() -> new IllegalStateException("no version " + versionId))
                .sentenceTexts();
    }

    /** Alignments of the pair in either direction. */
    private List<LexiconRepository.AlignmentLanguages> alignmentsOf(LanguagePair pair) {
        return repository.alignments().stream()
                .filter(a -> pairOf(a).filter(p -> p.equals(pair) || p.equals(pair.reversed())).isPresent())
                .toList();
    }

    /** Changes whenever a bead of these alignments is approved, edited, undone, or an alignment comes or goes. */
    private String state(List<LexiconRepository.AlignmentLanguages> alignments) {
        long revisions = alignments.stream().mapToLong(LexiconRepository.AlignmentLanguages::revision).sum();
        return alignments.size() + ":" + revisions + ":" + approved(alignments) + ":"
                + alignments.stream().mapToLong(LexiconRepository.AlignmentLanguages::id).sum();
    }

    private int approved(List<LexiconRepository.AlignmentLanguages> alignments) {
        return repository.countApproved(alignments.stream().map(LexiconRepository.AlignmentLanguages::id).toList());
    }

    private static Optional<LanguagePair> pairOf(LexiconRepository.AlignmentLanguages alignment) {
        try {
            LanguagePair pair = new LanguagePair(alignment.sourceTag(), alignment.targetTag());
            return pair.source().equals(pair.target()) ? Optional.empty() : Optional.of(pair);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
