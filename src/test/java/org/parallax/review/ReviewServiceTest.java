package org.parallax.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.core.review.BeadEdits;
import org.parallax.core.review.BeadRange;
import org.parallax.core.review.BeadStatus;
import org.parallax.core.review.ReviewBead;
import org.parallax.library.LibraryService;
import org.parallax.library.WorkSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ParallaxIntegrationTest
@WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
class ReviewServiceTest {

    private static final String EDITOR = "edith";

    @Autowired
    ReviewService review;

    @Autowired
    LibraryService library;

    long alignment;

    /** Jonah KJV against the WEB-derived text, the first six sentences of each linked 1-1 by hand. */
    @BeforeEach
    void createAlignment() {
        WorkSummary jonah = library.work("jonah").orElseThrow();
        long kjv = jonah.version("kjv").orElseThrow().id();
        long web = jonah.version("web-derived").orElseThrow().id();
        List<ReviewBead> beads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            beads.add(new ReviewBead(new BeadRange(i, i + 1, i, i + 1), 0.8, BeadStatus.AUTO));
        }
        alignment = review.createAlignment(jonah.id(), kjv, web, "test", beads, "tester");
    }

    @Test
    void shouldApproveAndRecordWhoDidIt() {
        StoredBead first = bead(0);

        StoredBead approved = review.approve(alignment, first.ref(), EDITOR);

        assertThat(approved.status()).isEqualTo(BeadStatus.APPROVED);
        assertThat(review.alignment(alignment).orElseThrow().approved()).isEqualTo(1);
        assertThat(review.history(alignment, approved.id())).singleElement().satisfies(change -> {
            assertThat(change.operation()).isEqualTo("approve");
            assertThat(change.actor()).isEqualTo(EDITOR);
            assertThat(change.before().getFirst().status()).isEqualTo(BeadStatus.AUTO);
            assertThat(change.after().getFirst().status()).isEqualTo(BeadStatus.APPROVED);
        });
    }

    @Test
    void shouldShowABeadOnlyTheChangesOfItsOwnSentencesNotThoseOfItsNeighbours() {
        review.approve(alignment, bead(1).ref(), EDITOR);
        review.reject(alignment, bead(3).ref(), EDITOR);

        assertThat(review.history(alignment, bead(2).id())).isEmpty();
        assertThat(review.history(alignment, bead(3).id())).extracting(BeadChange::operation).containsExactly("reject");
    }

    @Test
    void shouldRefuseAChangeToABeadSomeoneElseChangedSince() {
        StoredBead seenByBoth = bead(0);
        review.approve(alignment, seenByBoth.ref(), "first-editor");

        assertThatThrownBy(() -> review.reject(alignment, seenByBoth.ref(), "second-editor"))
                .isInstanceOf(ConflictException.class);
        assertThat(bead(0).status()).isEqualTo(BeadStatus.APPROVED);
    }

    @Test
    void shouldMergeThenUndoThenRedo() {
        long revisionBefore = review.revision(alignment);

        StoredBead merged = review.merge(alignment, bead(1).ref(), bead(2).ref(), EDITOR);

        assertThat(merged.range()).isEqualTo(new BeadRange(1, 3, 1, 3));
        assertThat(merged.status()).isEqualTo(BeadStatus.EDITED);
        assertThat(review.count(alignment, BeadFilter.ALL)).isEqualTo(5);
        assertThat(review.revision(alignment)).isGreaterThan(revisionBefore);

        assertThat(review.undo(alignment, EDITOR)).isTrue();
        assertThat(ranges()).containsExactly(range(0), range(1), range(2), range(3), range(4), range(5));
        assertThat(bead(1).status()).isEqualTo(BeadStatus.AUTO);

        assertThat(review.redo(alignment, EDITOR)).isTrue();
        assertThat(ranges()).contains(new BeadRange(1, 3, 1, 3)).hasSize(5);
        assertThat(review.redo(alignment, EDITOR)).isFalse();
    }

    @Test
    void shouldOnlyUndoTheActorsOwnChanges() {
        review.approve(alignment, bead(0).ref(), "someone-else");

        assertThat(review.undo(alignment, EDITOR)).isFalse();
        assertThat(bead(0).status()).isEqualTo(BeadStatus.APPROVED);
    }

    @Test
    void shouldSplitAMergedBeadWhereTheUserChooses() {
        StoredBead merged = review.merge(alignment, bead(3).ref(), bead(4).ref(), EDITOR);

        List<StoredBead> halves = review.split(alignment, merged.ref(), 4, 5, EDITOR);

        assertThat(halves).extracting(StoredBead::range)
                .containsExactly(new BeadRange(3, 4, 3, 5), new BeadRange(4, 5, 5, 5));
        assertThat(review.count(alignment, BeadFilter.ALL)).isEqualTo(6);
    }

    @Test
    void shouldMoveASentenceToTheNextBeadAndUnlink() {
        List<StoredBead> moved = review.moveSentence(alignment, bead(0).ref(), bead(1).ref(), BeadEdits.Side.TARGET,
                false, EDITOR);
        assertThat(moved).extracting(StoredBead::range)
                .containsExactly(new BeadRange(0, 1, 0, 0), new BeadRange(1, 2, 0, 2));

        List<StoredBead> unlinked = review.unlink(alignment, bead(1).ref(), EDITOR);
        assertThat(unlinked).extracting(StoredBead::range)
                .containsExactly(new BeadRange(1, 2, 0, 0), new BeadRange(2, 2, 0, 2));
    }

    @Test
    void shouldApproveEverythingAboveABead() {
        review.approve(alignment, bead(1).ref(), EDITOR);

        int approved = review.approveAllAbove(alignment, bead(4).ref(), EDITOR);

        assertThat(approved).isEqualTo(3);
        assertThat(review.page(alignment, BeadFilter.ALL, 0, 10)).extracting(StoredBead::status).containsExactly(
                BeadStatus.APPROVED, BeadStatus.APPROVED, BeadStatus.APPROVED, BeadStatus.APPROVED, BeadStatus.AUTO,
                BeadStatus.AUTO);
        assertThat(review.undo(alignment, EDITOR)).isTrue();
        assertThat(review.alignment(alignment).orElseThrow().approved()).isEqualTo(1);
    }

    @Test
    void shouldRevertAChangeFromTheHistoryAsANewChange() {
        StoredBead merged = review.merge(alignment, bead(0).ref(), bead(1).ref(), EDITOR);
        long mergeChange = review.history(alignment, merged.id()).getFirst().id();

        review.revert(alignment, mergeChange, "reviser");

        assertThat(ranges().subList(0, 2)).containsExactly(range(0), range(1));
        assertThat(review.history(alignment, bead(0).id())).extracting(BeadChange::operation)
                .contains("revert #" + mergeChange, "merge");
    }

    @Test
    void shouldFindTheNextUnreviewedAndTheLeastConfidentBead() {
        review.approve(alignment, bead(0).ref(), EDITOR);
        review.approve(alignment, bead(1).ref(), EDITOR);

        assertThat(review.nextUnreviewed(alignment, -1).orElseThrow().range()).isEqualTo(range(2));
        assertThat(review.nextUnreviewed(alignment, 3).orElseThrow().range()).isEqualTo(range(4));
        assertThat(review.lowestConfidenceUnreviewed(alignment).orElseThrow().range()).isEqualTo(range(2));
    }

    private List<BeadRange> ranges() {
        return review.page(alignment, BeadFilter.ALL, 0, 100).stream().map(StoredBead::range).toList();
    }

    private StoredBead bead(int position) {
        return review.page(alignment, BeadFilter.ALL, position, 1).getFirst();
    }

    private static BeadRange range(int i) {
        return new BeadRange(i, i + 1, i, i + 1);
    }
}
