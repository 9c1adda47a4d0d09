package org.parallax.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parallax.core.review.BeadEdits;
import org.parallax.core.review.BeadRange;
import org.parallax.core.review.BeadStatus;
import org.parallax.core.review.ReviewBead;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionText;
import jakarta.annotation.security.RolesAllowed;
import org.parallax.users.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review of an alignment: approving and rejecting beads, fixing links, undo and redo, and the history of each bead.
 * Every change replaces the beads of one region by others and is recorded with both lists. Changes name the beads
 * as the user saw them ({@link BeadRef}); if any has changed since, nothing is written and a
 * {@link ConflictException} says so (optimistic locking; the alignment row is locked while a change is written).
 * Translators edit links and sentences; only editors approve or reject (checked here, not only in the views).
 * Sentence edits (text, split, merge) change the version in every alignment of it; {@link SentenceEditor} makes them,
 * and undo, redo and revert hand them to it. Bead operations that change which sentences beads link, and sentence
 * edits, publish {@link BeadsChanged} (creating and re-aligning publish {@link AlignmentRealigned}) inside the
 * transaction.
 */
@Service
@Transactional
public class ReviewService {

    private final BeadRepository beads;
    private final LibraryService library;
    private final SentenceEditor sentenceEditor;
    private final SentenceRepository sentences;
    private final ApplicationEventPublisher events;

    ReviewService(BeadRepository beads, LibraryService library, SentenceEditor sentenceEditor,
                  SentenceRepository sentences, ApplicationEventPublisher events) {
        this.beads = beads;
        this.library = library;
        this.sentenceEditor = sentenceEditor;
        this.sentences = sentences;
        this.events = events;
    }

    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public long createAlignment(long workId, long sourceVersionId, long targetVersionId, String method,
                                List<ReviewBead> aligned, String actor) {
        long id = beads.insertAlignment(workId, sourceVersionId, targetVersionId, method, actor);
        beads.insertBeads(id, aligned);
        events.publishEvent(new AlignmentRealigned(id, actor));
        return id;
    }

    @Transactional(readOnly = true)
    public List<AlignmentSummary> alignmentsOfWork(long workId) {
        return beads.alignments("where a.work_id = ?", workId);
    }

    @Transactional(readOnly = true)
    public Optional<AlignmentSummary> alignment(long alignmentId) {
        return beads.alignments("where a.id = ?", alignmentId).stream().findFirst();
    }

    /** The sentences of both versions, numbered as the beads number them. */
    @Transactional(readOnly = true)
    public AlignmentTexts texts(long alignmentId) {
        AlignmentSummary alignment = alignment(alignmentId)
                .orElseThrow(() -> new IllegalArgumentException("no alignment " + alignmentId));
        VersionText source = library.version(alignment.sourceVersionId()).orElseThrow();
        VersionText target = library.version(alignment.targetVersionId()).orElseThrow();
        return new AlignmentTexts(source.metadata().language(), source.sentenceTexts(), target.metadata().language(),
                target.sentenceTexts());
    }

    @Transactional(readOnly = true)
    public List<StoredBead> approvedBeads(long alignmentId) {
        return beads.page(alignmentId, new BeadFilter(Set.of(BeadStatus.APPROVED)), 0, Integer.MAX_VALUE);
    }

    /**
     * Replaces the whole alignment by a new one made around the approved beads, which the new one must contain
     * unchanged; they keep their approval. Refused if the approved beads changed since {@code approvedSeen} was read.
     */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public void replaceAroundApproved(long alignmentId, List<StoredBead> approvedSeen, List<ReviewBead> realigned,
                                      String actor) {
        beads.lockAlignment(alignmentId);
        List<BeadRef> seen = approvedSeen.stream().map(StoredBead::ref).toList();
        if (!approvedBeads(alignmentId).stream().map(StoredBead::ref).toList().equals(seen)) {
            throw new ConflictException("Beads were approved or changed while re-aligning; nothing was replaced.");
        }
        Set<BeadRange> approvedRanges = approvedSeen.stream().map(StoredBead::range).collect(Collectors.toSet());
        List<ReviewBead> after = realigned.stream()
                .map(b -> approvedRanges.contains(b.range()) ? b.withStatus(BeadStatus.APPROVED) : b)
                .toList();
        if (after.stream().filter(b -> b.status() == BeadStatus.APPROVED).count() != approvedRanges.size()) {
            throw new IllegalStateException("the aligner did not keep every approved bead");
        }
        replace(alignmentId, "re-align unapproved", actor, beads.page(alignmentId, BeadFilter.ALL, 0, Integer.MAX_VALUE),
                before -> after);
        events.publishEvent(new AlignmentRealigned(alignmentId, actor));
    }

    @Transactional(readOnly = true)
    public long revision(long alignmentId) {
        return beads.revision(alignmentId);
    }

    @Transactional(readOnly = true)
    public int count(long alignmentId, BeadFilter filter) {
        return beads.count(alignmentId, filter);
    }

    @Transactional(readOnly = true)
    public List<StoredBead> page(long alignmentId, BeadFilter filter, int offset, int limit) {
        return beads.page(alignmentId, filter, offset, limit);
    }

    /** The beads whose sentences lie within the region (on both sides), in order; an indexed read of those alone. */
    @Transactional(readOnly = true)
    public List<StoredBead> beadsIn(long alignmentId, BeadRange region) {
        return beads.inRegion(alignmentId, region);
    }

    /** The bead's 0-based position among all beads of its alignment. */
    @Transactional(readOnly = true)
    public int positionOf(long alignmentId, long beadId) {
        return beads.positionOf(alignmentId, existing(beadId).range());
    }

    /** The first bead after {@code position} (0-based, -1 for the start) that is neither approved nor rejected. */
    @Transactional(readOnly = true)
    public Optional<StoredBead> nextUnreviewed(long alignmentId, int position) {
        Optional<StoredBead> at = position < 0 ? Optional.empty()
                : beads.page(alignmentId, BeadFilter.ALL, position, 1).stream().findFirst();
        int source = at.map(b -> b.range().sourceStart()).orElse(-1);
        int target = at.map(b -> b.range().targetStart()).orElse(-1);
        return beads.first(alignmentId, "status in ('AUTO', 'EDITED') and (source_start > ? "
                + "or (source_start = ? and target_start > ?))", "source_start, target_start", source, source, target);
    }

    /** The unreviewed bead of lowest confidence in the whole alignment. */
    @Transactional(readOnly = true)
    public Optional<StoredBead> lowestConfidenceUnreviewed(long alignmentId) {
        return beads.first(alignmentId, "status in ('AUTO', 'EDITED')", "confidence, source_start, target_start");
    }

    @Transactional(readOnly = true)
    public Optional<StoredBead> bead(long beadId) {
        return beads.find(beadId);
    }

    /** The bead holding the given source sentence (0-based), if the alignment covers it. */
    @Transactional(readOnly = true)
    public Optional<StoredBead> beadWithSourceSentence(long alignmentId, int sentence) {
        return beads.first(alignmentId, "source_start <= ? and source_end > ?", "source_start", sentence, sentence);
    }

    /** The bead just after ({@code next}) or just before the given one. */
    @Transactional(readOnly = true)
    public Optional<StoredBead> neighbour(long alignmentId, long beadId, boolean next) {
        return beads.neighbour(alignmentId, existing(beadId).range(), next);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public StoredBead approve(long alignmentId, BeadRef ref, String actor) {
        return setStatus(alignmentId, List.of(ref), BeadStatus.APPROVED, "approve", actor).getFirst();
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public StoredBead reject(long alignmentId, BeadRef ref, String actor) {
        return setStatus(alignmentId, List.of(ref), BeadStatus.REJECTED, "reject", actor).getFirst();
    }

    /** Approves every bead before the given one that is not approved yet; returns how many. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public int approveAllAbove(long alignmentId, BeadRef ref, String actor) {
        beads.lockAlignment(alignmentId);
        BeadRange last = current(ref).range();
        if (last.sourceStart() == 0 && last.targetStart() == 0) {
            return 0;
        }
        List<StoredBead> region = beads.inRegion(alignmentId, new BeadRange(0, last.sourceStart(), 0,
                last.targetStart()));
        long toApprove = region.stream().filter(b -> b.status() != BeadStatus.APPROVED).count();
        if (toApprove == 0) {
            return 0;
        }
        replace(alignmentId, "approve all above", actor, region,
                before -> before.stream().map(b -> b.bead().withStatus(BeadStatus.APPROVED)).toList());
        return (int) toApprove;
    }

    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public StoredBead merge(long alignmentId, BeadRef first, BeadRef second, String actor) {
        return edit(alignmentId, List.of(first, second), "merge", actor,
                before -> List.of(ReviewBead.edited(BeadEdits.merge(ranges(before))))).getFirst();
    }

    /** Splits a bead before the given source and target sentence numbers. */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public List<StoredBead> split(long alignmentId, BeadRef ref, int sourceCut, int targetCut, String actor) {
        return edit(alignmentId, List.of(ref), "split", actor, before -> BeadEdits
                .split(before.getFirst().range(), sourceCut, targetCut).stream().map(ReviewBead::edited).toList());
    }

    /** Moves one sentence across the boundary of two consecutive beads, on one side. */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public List<StoredBead> moveSentence(long alignmentId, BeadRef first, BeadRef second, BeadEdits.Side side,
                                         boolean towardsFirst, String actor) {
        return edit(alignmentId, List.of(first, second), "move " + side.name().toLowerCase() + " sentence", actor,
                before -> BeadEdits.moveBoundary(before.get(0).range(), before.get(1).range(), side, towardsFirst)
                        .stream().map(ReviewBead::edited).toList());
    }

    /** Turns an n-m bead into n-0 followed by 0-m. */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public List<StoredBead> unlink(long alignmentId, BeadRef ref, String actor) {
        return edit(alignmentId, List.of(ref), "unlink", actor, before -> BeadEdits.unlink(before.getFirst().range())
                .stream().map(ReviewBead::edited).toList());
    }

    /**
     * Replaces the text of one sentence of the bead, on one side. The version changes, so every alignment of it sees
     * the new text; here the bead becomes EDITED. Later sentences, paragraphs and flags of the version move with the
     * text (see {@code FlagOffsets} for flags whose own text changes).
     *
     * @param seenText the sentence's text as the user saw it: if it changed since, nothing is written (conflict)
     * @throws IllegalArgumentException if the new text is empty or unchanged
     */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public StoredBead editSentence(long alignmentId, BeadRef ref, BeadEdits.Side side, int sentence, String seenText,
                                   String newText, String actor) {
        return sentenceEditor.editText(alignmentId, sentences.versionOf(alignmentId, side), ref, side, sentence,
                seenText, newText, actor);
    }

    /**
     * Splits one sentence of the bead in two before char {@code at} of its text (whitespace at the cut is dropped
     * from both halves). Later sentences are renumbered, and the beads of every alignment of the version with them;
     * the bead holding the sentence gains one on that side. Returns the bead, now EDITED.
     */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public StoredBead splitSentence(long alignmentId, BeadRef ref, BeadEdits.Side side, int sentence, String seenText,
                                    int at, String actor) {
        return sentenceEditor.split(alignmentId, sentences.versionOf(alignmentId, side), ref, side, sentence, seenText,
                at, actor);
    }

    /**
     * Merges one sentence of the bead with the next sentence of the same paragraph. In any alignment of the version
     * where the two lie in different beads, those beads (and any between them) become one EDITED bead. Returns the
     * bead holding the merged sentence, now EDITED.
     */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public StoredBead mergeSentenceWithNext(long alignmentId, BeadRef ref, BeadEdits.Side side, int sentence,
                                            String seenFirst, String seenSecond, String actor) {
        return sentenceEditor.mergeWithNext(alignmentId, sentences.versionOf(alignmentId, side), ref, side, sentence,
                seenFirst, seenSecond, actor);
    }

    /** How many alignments use the version on the given side of this one (all of them see its sentence edits). */
    @Transactional(readOnly = true)
    public int alignmentsSharingVersion(long alignmentId, BeadEdits.Side side) {
        return sentences.countAlignmentsOf(sentences.versionOf(alignmentId, side));
    }

    /** Moves whenever the text or sentences of either version change, so an editor knows to reload them. */
    @Transactional(readOnly = true)
    public long textRevision(long alignmentId) {
        return sentences.textRevision(sentences.versionOf(alignmentId, BeadEdits.Side.SOURCE))
                + sentences.textRevision(sentences.versionOf(alignmentId, BeadEdits.Side.TARGET));
    }

    /** Undoes the actor's latest change in this alignment; false if there is nothing to undo. */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public boolean undo(long alignmentId, String actor) {
        Optional<Long> sentenceEdit = beads.latestChange(alignmentId, actor, false).map(BeadChange::sentenceEditId);
        if (sentenceEdit.isPresent()) {
            sentenceEditor.undoOrRedo(sentenceEdit.get(), true, actor);
            return true;
        }
        beads.lockAlignment(alignmentId);
        Optional<BeadChange> latest = beads.latestChange(alignmentId, actor, false);
        latest.ifPresent(change -> {
            restore(alignmentId, change.after(), change.before(), actor);
            beads.markUndone(change.id(), true);
            beads.bumpRevision(alignmentId);
        });
        return latest.isPresent();
    }

    /** Redoes the actor's latest undone change; false if there is nothing to redo. */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public boolean redo(long alignmentId, String actor) {
        Optional<Long> sentenceEdit = beads.latestChange(alignmentId, actor, true).map(BeadChange::sentenceEditId);
        if (sentenceEdit.isPresent()) {
            sentenceEditor.undoOrRedo(sentenceEdit.get(), false, actor);
            return true;
        }
        beads.lockAlignment(alignmentId);
        Optional<BeadChange> undone = beads.latestChange(alignmentId, actor, true);
        undone.ifPresent(change -> {
            restore(alignmentId, change.before(), change.after(), actor);
            beads.markUndone(change.id(), false);
            beads.bumpRevision(alignmentId);
        });
        return undone.isPresent();
    }

    /** Puts back what a recorded change replaced, as a new change of its own. */
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    public void revert(long alignmentId, long changeId, String actor) {
        BeadChange change = beads.change(changeId).orElseThrow(() -> new IllegalArgumentException("no change " + changeId));
        if (change.sentenceEditId() != null) {
            sentenceEditor.revert(change.sentenceEditId(), alignmentId, actor);
            return;
        }
        beads.lockAlignment(alignmentId);
        restore(alignmentId, change.after(), change.before(), actor);
        BeadRange region = BeadEdits.merge(change.before().stream().map(ReviewBead::range).toList());
        beads.insertChange(alignmentId, "revert #" + changeId, actor, region, change.after(), change.before());
        beads.bumpRevision(alignmentId);
    }

    /** Changes that touched the bead's sentences, newest first. */
    @Transactional(readOnly = true)
    public List<BeadChange> history(long alignmentId, long beadId) {
        return beads.changesTouching(alignmentId, existing(beadId).range());
    }

    private List<StoredBead> setStatus(long alignmentId, List<BeadRef> refs, BeadStatus status, String operation,
                                       String actor) {
        beads.lockAlignment(alignmentId);
        List<StoredBead> before = refs.stream().map(this::current).toList();
        for (StoredBead bead : before) {
            beads.updateStatus(bead, status);
            beads.insertChange(alignmentId, operation, actor, bead.range(), List.of(bead.bead()),
                    List.of(bead.bead().withStatus(status)));
        }
        beads.forgetRedo(alignmentId, actor);
        beads.bumpRevision(alignmentId);
        return before.stream().map(b -> existing(b.id())).toList();
    }

    private List<StoredBead> edit(long alignmentId, List<BeadRef> refs, String operation, String actor,
                                  Function<List<StoredBead>, List<ReviewBead>> change) {
        beads.lockAlignment(alignmentId);
        List<StoredBead> before = refs.stream().map(this::current).toList();
        BeadEdits.requireConsecutive(ranges(before));
        List<StoredBead> after = replace(alignmentId, operation, actor, before, change);
        beadsChanged(alignmentId, BeadEdits.merge(ranges(before)), actor);
        return after;
    }

    private List<StoredBead> replace(long alignmentId, String operation, String actor, List<StoredBead> before,
                                     Function<List<StoredBead>, List<ReviewBead>> change) {
        List<ReviewBead> after = change.apply(before);
        BeadRange region = BeadEdits.merge(ranges(before));
        beads.delete(before.stream().map(StoredBead::id).toList());
        beads.insertBeads(alignmentId, after);
        beads.insertChange(alignmentId, operation, actor, region, before.stream().map(StoredBead::bead).toList(), after);
        beads.forgetRedo(alignmentId, actor);
        beads.bumpRevision(alignmentId);
        return beads.inRegion(alignmentId, region);
    }

    /**
     * Replaces the beads {@code expected} by {@code replacement}, if the region still holds exactly the expected, and
     * says so ({@link BeadsChanged}) when the sentences they link differ, not only their status.
     */
    private void restore(long alignmentId, List<ReviewBead> expected, List<ReviewBead> replacement, String actor) {
        BeadRange region = BeadEdits.merge(expected.stream().map(ReviewBead::range).toList());
        List<StoredBead> present = beads.inRegion(alignmentId, region);
        List<ReviewBead> presentBeads = present.stream().map(StoredBead::bead).toList();
        if (!sameBeads(presentBeads, expected)) {
            throw new ConflictException("This part of the alignment was changed by someone else since; "
                    + "reload to see the change.");
        }
        beads.delete(present.stream().map(StoredBead::id).toList());
        beads.insertBeads(alignmentId, replacement);
        if (!expected.stream().map(ReviewBead::range).toList()
                .equals(replacement.stream().map(ReviewBead::range).toList())) {
            beadsChanged(alignmentId, region, actor);
        }
    }

    private void beadsChanged(long alignmentId, BeadRange region, String actor) {
        events.publishEvent(BeadsChanged.in(sentences, alignmentId, region, actor));
    }

    static boolean sameBeads(List<ReviewBead> present, List<ReviewBead> expected) {
        if (present.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < present.size(); i++) {
            if (!present.get(i).range().equals(expected.get(i).range())
                    || present.get(i).status() != expected.get(i).status()) {
                return false;
            }
        }
        return true;
    }

    private StoredBead current(BeadRef ref) {
        return current(beads, ref);
    }

    /** The bead as stored, if it is still as the client saw it. */
    static StoredBead current(BeadRepository beads, BeadRef ref) {
        StoredBead bead = beads.find(ref.id()).orElseThrow(() -> new ConflictException(
                "This bead was changed by someone else since you loaded it; reload to see the change."));
        if (bead.lockVersion() != ref.lockVersion()) {
            throw new ConflictException("This bead was changed by someone else since you loaded it (now "
                    + bead.status().name().toLowerCase() + "); reload to see the change.");
        }
        return bead;
    }

    private StoredBead existing(long beadId) {
        return beads.find(beadId).orElseThrow(() -> new IllegalArgumentException("no bead " + beadId));
    }

    private static List<BeadRange> ranges(List<StoredBead> stored) {
        List<BeadRange> ranges = new ArrayList<>(stored.size());
        stored.forEach(b -> ranges.add(b.range()));
        return ranges;
    }
}
