package org.parallax.review.ui;

import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.parallax.core.review.BeadEdits;
import org.parallax.review.AlignmentTexts;
import org.parallax.review.ConflictException;
import org.parallax.review.ReviewService;
import org.parallax.review.StoredBead;
import org.parallax.ui.ErrorMessage;
import org.springframework.security.access.AccessDeniedException;

/**
 * The editor's operations on beads: each calls the review service as the current user, then tells the view what to
 * select next; a conflict or an impossible edit becomes a message, never a silent overwrite.
 */
final class BeadActions {

    private final ReviewService review;
    private final long alignmentId;
    private final String actor;
    private AlignmentTexts texts;
    private final Consumer<Optional<StoredBead>> afterChange;

    BeadActions(ReviewService review, long alignmentId, String actor, AlignmentTexts texts,
                Consumer<Optional<StoredBead>> afterChange) {
        this.review = review;
        this.alignmentId = alignmentId;
        this.actor = actor;
        this.texts = texts;
        this.afterChange = afterChange;
    }

    /** The sentences changed (a sentence edit here or elsewhere): dialogs show these from now on. */
    void texts(AlignmentTexts changed) {
        this.texts = changed;
    }

    /** Approves and moves on to the next unreviewed bead ("confirm and roll"). */
    void approve(StoredBead bead) {
        run(() -> {
            StoredBead approved = review.approve(alignmentId, bead.ref(), actor);
            return review.nextUnreviewed(alignmentId, review.positionOf(alignmentId, approved.id()))
                    .or(() -> Optional.of(approved));
        });
    }

    void reject(StoredBead bead) {
        run(() -> Optional.of(review.reject(alignmentId, bead.ref(), actor)));
    }

    void approveAllAbove(StoredBead bead) {
        run(() -> {
            int approved = review.approveAllAbove(alignmentId, bead.ref(), actor);
            Notification.show(approved + " beads approved");
            return Optional.of(bead);
        });
    }

    void mergeWithNext(StoredBead bead) {
        run(() -> {
            StoredBead next = review.neighbour(alignmentId, bead.id(), true)
                    .orElseThrow(() -> new IllegalArgumentException("this is the last bead"));
            return Optional.of(review.merge(alignmentId, bead.ref(), next.ref(), actor));
        });
    }

    void mergeWithPrevious(StoredBead bead) {
        run(() -> {
            StoredBead previous = review.neighbour(alignmentId, bead.id(), false)
                    .orElseThrow(() -> new IllegalArgumentException("this is the first bead"));
            return Optional.of(review.merge(alignmentId, previous.ref(), bead.ref(), actor));
        });
    }

    void split(StoredBead bead) {
        new SplitDialog(bead.range(), texts, (sourceCut, targetCut) -> run(() -> Optional.of(
                review.split(alignmentId, bead.ref(), sourceCut, targetCut, actor).getFirst()))).open();
    }

    void unlink(StoredBead bead) {
        run(() -> Optional.of(review.unlink(alignmentId, bead.ref(), actor).getFirst()));
    }

    /** Moves this bead's last sentence on one side into the next bead, or (not {@code intoNext}) back. */
    void moveSentence(StoredBead bead, BeadEdits.Side side, boolean intoNext) {
        run(() -> {
            StoredBead next = review.neighbour(alignmentId, bead.id(), true)
                    .orElseThrow(() -> new IllegalArgumentException("this is the last bead"));
            List<StoredBead> result = review.moveSentence(alignmentId, bead.ref(), next.ref(), side, !intoNext, actor);
            return Optional.of(result.getFirst());
        });
    }

    /** Opens the dialog to edit, split or merge one of the bead's sentences (the version changes everywhere). */
    void editSentences(StoredBead bead) {
        int[] sharing = {review.alignmentsSharingVersion(alignmentId, BeadEdits.Side.SOURCE),
                review.alignmentsSharingVersion(alignmentId, BeadEdits.Side.TARGET)};
        new SentenceDialog(bead.range(), texts, sharing, new SentenceDialog.Edits() {
            @Override
            public boolean edit(SentenceDialog.Choice choice, String seen, String text) {
                return run(() -> Optional.of(review.editSentence(alignmentId, bead.ref(), choice.side(),
                        choice.sentence(), seen, text, actor)));
            }

            @Override
            public boolean split(SentenceDialog.Choice choice, String seen, int at) {
                return run(() -> Optional.of(review.splitSentence(alignmentId, bead.ref(), choice.side(),
                        choice.sentence(), seen, at, actor)));
            }

            @Override
            public boolean mergeWithNext(SentenceDialog.Choice choice, String seen, String next) {
                return run(() -> Optional.of(review.mergeSentenceWithNext(alignmentId, bead.ref(), choice.side(),
                        choice.sentence(), seen, next, actor)));
            }
        }).open();
    }

    void undo() {
        run(() -> {
            if (!review.undo(alignmentId, actor)) {
                Notification.show("Nothing to undo");
            }
            return Optional.empty();
        });
    }

    void redo() {
        run(() -> {
            if (!review.redo(alignmentId, actor)) {
                Notification.show("Nothing to redo");
            }
            return Optional.empty();
        });
    }

    void revert(long changeId) {
        run(() -> {
            review.revert(alignmentId, changeId, actor);
            return Optional.empty();
        });
    }

    /** Makes the change and tells the view; a refusal becomes a message. Returns whether the change was made. */
    private boolean run(Supplier<Optional<StoredBead>> change) {
        try {
            afterChange.accept(change.get());
            return true;
        } catch (ConflictException e) {
            ErrorMessage.show(e.getMessage());
            afterChange.accept(Optional.empty());
        } catch (IllegalArgumentException | IllegalStateException e) {
            ErrorMessage.show("Not done: " + e.getMessage());
        } catch (AccessDeniedException e) {
            ErrorMessage.show("Not allowed: only an editor can approve or reject; translators change links and "
                    + "sentences.");
        }
        return false;
    }

}
