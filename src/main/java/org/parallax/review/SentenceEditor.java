package org.parallax.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.core.review.BeadEdits.Side;
import org.parallax.core.review.BeadRange;
import org.parallax.core.review.BeadStatus;
import org.parallax.core.review.ReviewBead;
import org.parallax.core.review.SentenceRenumbering;
import org.parallax.core.text.Span;
import org.parallax.review.SentenceEditPlayer.Region;
import org.parallax.review.SentenceEditRow.Operation;
import org.parallax.review.SentenceRepository.AlignmentSide;
import org.parallax.review.SentenceRepository.SentenceRow;
import org.springframework.stereotype.Component;

/**
 * Sentence edits for {@link ReviewService}: replacing a sentence's text, splitting a sentence, merging it with the
 * next. An edit changes the version, so every alignment of the version changes with it, in one transaction: each
 * gets a bead change (the beads holding the sentence, renumbered by {@link SentenceRenumbering}), and later beads
 * move. The edit is recorded once and linked to those bead changes, so undo, redo and revert of any of them act on
 * the whole edit, after checking that the text and the beads are still as the edit left them.
 */
@Component
class SentenceEditor {

    private static final String STALE = SentenceEditPlayer.STALE;

    private final BeadRepository beads;
    private final SentenceRepository sentences;
    private final SentenceEditPlayer player;

    SentenceEditor(BeadRepository beads, SentenceRepository sentences, SentenceEditPlayer player) {
        this.beads = beads;
        this.sentences = sentences;
        this.player = player;
    }

    StoredBead editText(long alignmentId, long versionId, BeadRef ref, Side side, int sentence, String seenText,
                        String newText, String actor) {
        String text = normalized(newText);
        Seen seen = seen(versionId, ref, side, sentence, seenText);
        List<AlignmentSide> alignments = seen.alignments();
        StoredBead bead = seen.bead();
        SentenceRow row = seen.row();
        String old = seen.text();
        if (old.equals(text)) {
            throw new IllegalArgumentException("the text is unchanged");
        }
        int start = row.span().start();
        long editId = sentences.insertEdit(versionId, Operation.EDIT, actor, sentence, old, text, start,
                row.span().end(), start + text.length(), null, null);
        List<Region> regions = holdings(alignments, alignmentId, bead, sentence).stream()
                .map(h -> h.region(h.acting() ? h.bead().withStatus(BeadStatus.EDITED) : h.bead())).toList();
        return apply(editId, regions, "edit", "\"" + old + "\" → \"" + text + "\"", alignmentId, bead, actor);
    }

    /** Splits the sentence before char {@code at} of its text; the whitespace at the cut belongs to neither half. */
    StoredBead split(long alignmentId, long versionId, BeadRef ref, Side side, int sentence, String seenText, int at,
                     String actor) {
        Seen seen = seen(versionId, ref, side, sentence, seenText);
        List<AlignmentSide> alignments = seen.alignments();
        StoredBead bead = seen.bead();
        SentenceRow row = seen.row();
        String text = seen.text();
        String head = at > 0 && at < text.length() ? text.substring(0, at).stripTrailing() : "";
        String tail = at > 0 && at < text.length() ? text.substring(at).stripLeading() : "";
        if (head.isEmpty() || tail.isEmpty()) {
            throw new IllegalArgumentException("a split must leave text on both sides of the cut");
        }
        Span whole = row.span();
        long editId = sentences.insertEdit(versionId, Operation.SPLIT, actor, sentence, text, head + " | " + tail,
                whole.start(), whole.end(), whole.end(), whole.start() + head.length(), whole.end() - tail.length());
        SentenceRenumbering renumbering = SentenceRenumbering.split(sentence);
        List<Region> regions = holdings(alignments, alignmentId, bead, sentence).stream()
                .map(h -> h.region(renumbering.replace(List.of(h.bead()), h.alignment().side(), h.acting()))).toList();
        return apply(editId, regions, "split", "\"" + text + "\" → \"" + head + "\" | \"" + tail + "\"", alignmentId,
                bead, actor);
    }

    /** Merges the sentence with the next one, which must be in the same paragraph. */
    StoredBead mergeWithNext(long alignmentId, long versionId, BeadRef ref, Side side, int sentence, String seenFirst,
                             String seenSecond, String actor) {
        Seen seen = seen(versionId, ref, side, sentence, seenFirst);
        List<AlignmentSide> alignments = seen.alignments();
        StoredBead bead = seen.bead();
        SentenceRow first = seen.row();
        SentenceRow second = sentences.sentence(versionId, sentence + 1)
                .orElseThrow(() -> new IllegalArgumentException("this is the last sentence of the text"));
        if (first.paragraphId() != second.paragraphId()) {
            throw new IllegalArgumentException("sentences " + (sentence + 1) + " and " + (sentence + 2)
                    + " are in different paragraphs; only sentences of one paragraph can be merged");
        }
        String body = seen.body();
        String firstText = seen.text();
        String secondText = second.span().of(body);
        if (!secondText.equals(seenSecond)) {
            throw new ConflictException(STALE);
        }
        Span whole = new Span(first.span().start(), second.span().end());
        long editId = sentences.insertEdit(versionId, Operation.MERGE, actor, sentence,
                firstText + " | " + secondText, whole.of(body), whole.start(), whole.end(), whole.end(),
                first.span().end(), second.span().start());
        SentenceRenumbering renumbering = SentenceRenumbering.merge(sentence);
        List<Region> regions = new ArrayList<>();
        for (AlignmentSide alignment : alignments) {
            long id = alignment.alignmentId();
            Optional<BeadRange> holdingFirst = id == alignmentId ? Optional.of(bead.range())
                    : player.holding(id, alignment.side(), sentence).map(StoredBead::range);
            Optional<BeadRange> holdingSecond = player.holding(id, alignment.side(), sentence + 1).map(StoredBead::range);
            if (holdingFirst.isEmpty() || holdingSecond.isEmpty()) {
                continue;
            }
            BeadRange from = holdingFirst.get();
            BeadRange to = holdingSecond.get();
            List<ReviewBead> touched = beads.inRegion(id, new BeadRange(from.sourceStart(), to.sourceEnd(),
                    from.targetStart(), to.targetEnd())).stream().map(StoredBead::bead).toList();
            regions.add(new Region(id, alignment.side(), touched,
                    List.of(renumbering.replace(touched, alignment.side(), id == alignmentId))));
        }
        return apply(editId, regions, "merge", "\"" + firstText + "\" | \"" + secondText + "\" → one sentence",
                alignmentId, bead, actor);
    }

    /** Undoes ({@code undo}) or redoes a recorded sentence edit, if the text and beads are still as it left them. */
    void undoOrRedo(long sentenceEditId, boolean undo, String actor) {
        player.undoOrRedo(sentenceEditId, undo, actor);
    }

    /** Makes the inverse of a recorded sentence edit as a new edit, acting in the given alignment. */
    void revert(long sentenceEditId, long alignmentId, String actor) {
        SentenceEditRow edit = sentences.edit(sentenceEditId)
                .orElseThrow(() -> new IllegalArgumentException("no sentence edit " + sentenceEditId));
        Side side = sentences.lockAlignmentsOf(edit.versionId()).stream()
                .filter(a -> a.alignmentId() == alignmentId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("alignment " + alignmentId + " is not of this version"))
                .side();
        if (edit.undone()) {
            throw new IllegalArgumentException("this change was undone; redo it instead");
        }
        int k = edit.sentence();
        StoredBead bead = player.holding(alignmentId, side, k).orElseThrow(() -> new ConflictException(STALE));
        String body = sentences.body(edit.versionId());
        switch (edit.operation()) {
            case EDIT -> editText(alignmentId, edit.versionId(), bead.ref(), side, k, edit.afterText(),
                    edit.beforeText(), actor);
            case SPLIT -> {
                player.requireSentence(edit.versionId(), k, edit.first());
                player.requireSentence(edit.versionId(), k + 1, edit.second());
                mergeWithNext(alignmentId, edit.versionId(), bead.ref(), side, k, edit.first().of(body),
                        edit.second().of(body), actor);
            }
            case MERGE -> {
                player.requireSentence(edit.versionId(), k, edit.whole());
                split(alignmentId, edit.versionId(), bead.ref(), side, k, edit.whole().of(body),
                        edit.secondStart() - edit.start(), actor);
            }
        }
    }

    /** How many times the version's text or sentences changed; an open editor reloads its texts when this moves. */
    long textRevision(long versionId) {
        return sentences.textRevision(versionId);
    }

    /** The bead that replaced the one the user acted on. */
    private StoredBead resultIn(long alignmentId, List<Region> regions, StoredBead acted) {
        return regions.stream().filter(r -> r.alignmentId() == alignmentId).findFirst()
                .map(acting -> beads.inRegion(alignmentId, SentenceEditPlayer.area(acting.after())).getFirst())
                .orElseGet(() -> beads.find(acted.id()).orElseThrow());
    }

    private static void requireHolds(BeadRange bead, Side side, int sentence) {
        int start = side == Side.SOURCE ? bead.sourceStart() : bead.targetStart();
        int end = side == Side.SOURCE ? bead.sourceEnd() : bead.targetEnd();
        if (sentence < start || sentence >= end) {
            throw new IllegalArgumentException("sentence " + (sentence + 1) + " is not in this bead");
        }
    }

    /** The text as a sentence: no surrounding whitespace, no line breaks (they would end the paragraph). */
    static String normalized(String text) {
        String one = text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
        if (one.isEmpty()) {
            throw new IllegalArgumentException("a sentence cannot be empty; to remove one, merge it with its "
                    + "neighbour and edit the result");
        }
        return one;
    }

    /** The bead holding a sentence in one alignment of its version; {@code acting}: the alignment the user acts in. */
    private record Holding(AlignmentSide alignment, ReviewBead bead, boolean acting) {

        Region region(ReviewBead after) {
            return new Region(alignment.alignmentId(), alignment.side(), List.of(bead), List.of(after));
        }
    }

    /**
     * The bead holding {@code sentence} in every alignment of the version that reaches it; in the acting alignment,
     * the bead the user acted on.
     */
    private List<Holding> holdings(List<AlignmentSide> alignments, long alignmentId, StoredBead bead, int sentence) {
        List<Holding> holdings = new ArrayList<>();
        for (AlignmentSide alignment : alignments) {
            boolean acting = alignment.alignmentId() == alignmentId;
            Optional<ReviewBead> holding = acting ? Optional.of(bead.bead())
                    : player.holding(alignment.alignmentId(), alignment.side(), sentence).map(StoredBead::bead);
            holding.ifPresent(h -> holdings.add(new Holding(alignment, h, acting)));
        }
        return holdings;
    }

    /** Records the edit with its regions, carries it out, and returns the bead the user acted on as it is now. */
    private StoredBead apply(long editId, List<Region> regions, String operation, String detail, long alignmentId,
                             StoredBead bead, String actor) {
        SentenceEditRow edit = sentences.edit(editId).orElseThrow();
        player.record(edit, regions, operation, detail, actor);
        player.perform(edit, regions, true, actor);
        return resultIn(alignmentId, regions, bead);
    }

    /** What every sentence edit starts from: the sentence as the user saw it, in the bead the user acted on. */
    private record Seen(List<AlignmentSide> alignments, StoredBead bead, SentenceRow row, String body, String text) {
    }

    /**
     * Locks every alignment of the version, then checks that the bead still holds the sentence and that the sentence
     * still reads {@code seenText}; otherwise someone changed it since, a {@link ConflictException}.
     */
    private Seen seen(long versionId, BeadRef ref, Side side, int sentence, String seenText) {
        List<AlignmentSide> alignments = sentences.lockAlignmentsOf(versionId);
        StoredBead bead = ReviewService.current(beads, ref);
        requireHolds(bead.range(), side, sentence);
        SentenceRow row = sentences.sentence(versionId, sentence).orElseThrow(() -> new ConflictException(STALE));
        String body = sentences.body(versionId);
        String text = row.span().of(body);
        if (!text.equals(seenText)) {
            throw new ConflictException(STALE);
        }
        return new Seen(alignments, bead, row, body, text);
    }
}
