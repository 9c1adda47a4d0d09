package org.parallax.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.core.review.BeadEdits;
import org.parallax.core.review.BeadEdits.Side;
import org.parallax.core.review.BeadRange;
import org.parallax.core.review.ReviewBead;
import org.parallax.core.text.Span;
import org.parallax.core.text.TextEdit;
import org.parallax.library.VersionTextEdited;
import org.parallax.review.SentenceEditRow.Operation;
import org.parallax.review.SentenceRepository.AlignmentSide;
import org.parallax.review.SentenceRepository.SentenceRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Plays a recorded sentence edit forward (when it is made, and on redo) or backward (undo): the version's text,
 * sentence rows and flags (through {@link VersionTextEdited}), and the beads of each alignment it touched, whose
 * bead changes it records and announces ({@link BeadsChanged}, numbered as after the edit) so flags' automatic
 * source links follow. Undo and redo first check that text, sentences and beads are exactly as the edit (or its
 * undo) left them; otherwise nothing is written (conflict).
 */
@Component
class SentenceEditPlayer {

    static final String STALE = "This sentence was changed by someone else since you loaded it; "
            + "reload to see the change.";
    private static final int DETAIL_COLUMN = 4000;

    private final BeadRepository beads;
    private final SentenceRepository sentences;
    private final ApplicationEventPublisher events;

    SentenceEditPlayer(BeadRepository beads, SentenceRepository sentences, ApplicationEventPublisher events) {
        this.beads = beads;
        this.sentences = sentences;
        this.events = events;
    }

    /** One alignment's part of a sentence edit: the beads it replaces there, numbered before and after the edit. */
    record Region(long alignmentId, Side side, List<ReviewBead> before, List<ReviewBead> after) {
    }

    /** Undoes ({@code undo}) or redoes a recorded sentence edit, if the text and beads are still as it left them. */
    void undoOrRedo(long sentenceEditId, boolean undo, String actor) {
        SentenceEditRow edit = sentences.edit(sentenceEditId)
                .orElseThrow(() -> new IllegalArgumentException("no sentence edit " + sentenceEditId));
        List<AlignmentSide> alignments = sentences.lockAlignmentsOf(edit.versionId());
        if (edit.undone() != !undo) {
            throw new ConflictException("This change was already " + (undo ? "undone" : "redone") + "; reload.");
        }
        Map<Long, BeadChange> changes = beads.changesOfSentenceEdit(sentenceEditId);
        List<Region> regions = new ArrayList<>();
        for (AlignmentSide alignment : alignments) {
            BeadChange change = changes.get(alignment.alignmentId());
            if (change == null && holding(alignment.alignmentId(), alignment.side(), edit.sentence()).isEmpty()) {
                continue;
            }
            if (change == null) {
                throw new ConflictException("This version was aligned again since the sentence edit; the edit can "
                        + "no longer be " + (undo ? "undone" : "redone") + ".");
            }
            regions.add(new Region(alignment.alignmentId(), alignment.side(), change.before(), change.after()));
        }
        requireState(edit, regions, !undo);
        perform(edit, regions, !undo, actor);
        sentences.markUndone(sentenceEditId, undo);
    }

    /** Records the edit's bead change in every alignment it touches, described in words ({@code what}). */
    void record(SentenceEditRow edit, List<Region> regions, String verb, String what, String actor) {
        String sentence = (edit.operation() == Operation.MERGE ? " sentences " + (edit.sentence() + 1) + "+"
                + (edit.sentence() + 2) : " sentence " + (edit.sentence() + 1));
        String detail = what.length() <= DETAIL_COLUMN ? what : what.substring(0, DETAIL_COLUMN - 1) + "…";
        for (Region region : regions) {
            String operation = verb + " " + region.side().name().toLowerCase() + sentence;
            beads.insertChange(region.alignmentId(), operation, actor, area(region.after()),
                    region.before(), region.after(), edit.id(), detail);
            beads.forgetRedo(region.alignmentId(), actor);
        }
    }

    /** Applies the edit (or its inverse) to the version's text and sentences, and to every alignment's beads. */
    void perform(SentenceEditRow edit, List<Region> regions, boolean forward, String actor) {
        long versionId = edit.versionId();
        int k = edit.sentence();
        if (edit.operation() == Operation.EDIT) {
            TextEdit text = new TextEdit(edit.start(), edit.beforeText(), edit.afterText());
            TextEdit now = forward ? text : text.inverse();
            String body = now.apply(sentences.body(versionId));
            sentences.applyTextEdit(versionId, now, body);
            events.publishEvent(new VersionTextEdited(versionId, edit.id(), now, !forward, body, actor));
        } else {
            boolean splitting = (edit.operation() == Operation.SPLIT) == forward;
            SentenceRow row = sentences.sentence(versionId, k).orElseThrow();
            if (splitting) {
                sentences.setSentenceSpan(row.id(), edit.first());
                sentences.renumberSentences(versionId, k + 1, 1);
                sentences.insertSentence(versionId, row.paragraphId(), k + 1, edit.second());
            } else {
                sentences.deleteSentence(sentences.sentence(versionId, k + 1).orElseThrow().id());
                sentences.setSentenceSpan(row.id(), edit.whole());
                sentences.renumberSentences(versionId, k + 2, -1);
            }
            events.publishEvent(new VersionTextEdited(versionId, edit.id(), null, !forward, null, actor));
        }
        sentences.bumpTextRevision(versionId);
        int delta = switch (edit.operation()) {
            case EDIT -> 0;
            case SPLIT -> forward ? 1 : -1;
            case MERGE -> forward ? -1 : 1;
        };
        for (Region region : regions) {
            List<ReviewBead> from = forward ? region.before() : region.after();
            List<ReviewBead> to = forward ? region.after() : region.before();
            BeadRange area = area(from);
            beads.delete(beads.inRegion(region.alignmentId(), area).stream().map(StoredBead::id).toList());
            if (delta != 0) {
                int end = region.side() == Side.SOURCE ? area.sourceEnd() : area.targetEnd();
                sentences.shiftBeads(region.alignmentId(), region.side(), end, delta);
            }
            beads.insertBeads(region.alignmentId(), to);
            beads.bumpRevision(region.alignmentId());
        }
        // Only now are text, sentences and beads all as the edit leaves them, for flags to follow their terms.
        for (Region region : regions) {
            events.publishEvent(BeadsChanged.in(sentences, region.alignmentId(),
                    area(forward ? region.after() : region.before()), actor));
        }
    }

    /** Refuses to undo or redo unless the text, sentences and beads are exactly as the edit (or its undo) left them. */
    private void requireState(SentenceEditRow edit, List<Region> regions, boolean forward) {
        long versionId = edit.versionId();
        int k = edit.sentence();
        boolean whole = (edit.operation() == Operation.SPLIT) == forward;
        switch (edit.operation()) {
            case EDIT -> {
                String expected = forward ? edit.beforeText() : edit.afterText();
                String body = sentences.body(versionId);
                requireSentence(versionId, k, new Span(edit.start(), edit.start() + expected.length()));
                if (!body.startsWith(expected, edit.start())) {
                    throw new ConflictException(STALE);
                }
            }
            case SPLIT, MERGE -> {
                if (whole) {
                    requireSentence(versionId, k, edit.whole());
                } else {
                    requireSentence(versionId, k, edit.first());
                    requireSentence(versionId, k + 1, edit.second());
                }
            }
        }
        for (Region region : regions) {
            List<ReviewBead> expected = forward ? region.before() : region.after();
            List<ReviewBead> present = beads.inRegion(region.alignmentId(), area(expected)).stream()
                    .map(StoredBead::bead).toList();
            if (!ReviewService.sameBeads(present, expected)) {
                throw new ConflictException("This part of the alignment was changed by someone else since; "
                        + "reload to see the change.");
            }
        }
    }

    void requireSentence(long versionId, int ordinal, Span expected) {
        if (!sentences.sentence(versionId, ordinal).map(SentenceRow::span).orElse(new Span(0, 0)).equals(expected)) {
            throw new ConflictException(STALE);
        }
    }

    /**
     * The bead holding the sentence on that side. An alignment made by the aligner covers every sentence; one that
     * does not reach the sentence has nothing to renumber and is left alone.
     */
    Optional<StoredBead> holding(long alignmentId, Side side, int sentence) {
        String s = side == Side.SOURCE ? "source" : "target";
        return beads.first(alignmentId, s + "_start <= ? and " + s + "_end > ?", s + "_start", sentence, sentence);
    }

    /** The sentences a list of consecutive beads covers. */
    static BeadRange area(List<ReviewBead> consecutive) {
        return BeadEdits.merge(consecutive.stream().map(ReviewBead::range).toList());
    }
}
