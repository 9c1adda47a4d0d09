package org.parallax.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.core.review.BeadEdits.Side;

class SentenceRenumberingTest {

    // source 0-1 | target 0; source 2 | target 1-2; nothing | target 3; source 3-4 | target 4
    private static final ReviewBead A = bead(0, 2, 0, 1, BeadStatus.APPROVED);
    private static final ReviewBead B = bead(2, 3, 1, 3, BeadStatus.APPROVED);
    private static final ReviewBead C = bead(3, 3, 3, 4, BeadStatus.AUTO);
    private static final ReviewBead D = bead(3, 5, 4, 5, BeadStatus.AUTO);

    private static ReviewBead bead(int s, int se, int t, int te, BeadStatus status) {
        return new ReviewBead(new BeadRange(s, se, t, te), 0.7, status);
    }

    @Test
    void shouldGrowTheBeadHoldingASplitSentenceAndMoveTheLaterOnes() {
        SentenceRenumbering split = SentenceRenumbering.split(2);

        assertThat(split.replace(List.of(B), Side.SOURCE, false)).isEqualTo(bead(2, 4, 1, 3, BeadStatus.APPROVED));
        assertThat(split.firstMoved()).isEqualTo(3);
        assertThat(split.apply(A.range(), Side.SOURCE)).isEqualTo(A.range());
        assertThat(split.apply(C.range(), Side.SOURCE)).isEqualTo(new BeadRange(4, 4, 3, 4));
        assertThat(split.apply(D.range(), Side.SOURCE)).isEqualTo(new BeadRange(4, 6, 4, 5));
    }

    @Test
    void shouldMarkTheBeadEditedWhereThePersonActs() {
        ReviewBead edited = SentenceRenumbering.split(2).replace(List.of(B), Side.SOURCE, true);

        assertThat(edited).isEqualTo(ReviewBead.edited(new BeadRange(2, 4, 1, 3)));
    }

    @Test
    void shouldShrinkTheBeadWhenTwoOfItsSentencesMerge() {
        SentenceRenumbering merge = SentenceRenumbering.merge(3);

        assertThat(merge.replace(List.of(D), Side.SOURCE, false)).isEqualTo(bead(3, 4, 4, 5, BeadStatus.AUTO));
        assertThat(merge.firstMoved()).isEqualTo(5);
    }

    @Test
    void shouldMergeTheBeadsWhenTheMergedSentencesAreInDifferentBeads() {
        SentenceRenumbering merge = SentenceRenumbering.merge(2);

        assertThat(merge.replace(List.of(B, C, D), Side.SOURCE, false))
                .isEqualTo(ReviewBead.edited(new BeadRange(2, 4, 1, 5)));
        assertThatThrownBy(() -> merge.boundary(3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(merge.boundary(5)).isEqualTo(4);
    }

    @Test
    void shouldRenumberTheTargetSideOnly() {
        SentenceRenumbering split = SentenceRenumbering.split(1);

        assertThat(split.replace(List.of(B), Side.TARGET, false)).isEqualTo(bead(2, 3, 1, 4, BeadStatus.APPROVED));
        assertThat(split.apply(C.range(), Side.TARGET)).isEqualTo(new BeadRange(3, 3, 4, 5));
        assertThat(split.apply(A.range(), Side.TARGET)).isEqualTo(A.range());
    }

    @Test
    void shouldRefuseBeadsThatDoNotHoldTheSentence() {
        assertThatThrownBy(() -> SentenceRenumbering.split(2).replace(List.of(A), Side.SOURCE, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SentenceRenumbering.merge(2).replace(List.of(B), Side.SOURCE, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldUndoASplitWithAMergeOfTheSameSentence() {
        SentenceRenumbering split = SentenceRenumbering.split(2);
        BeadRange grown = split.apply(D.range(), Side.SOURCE);

        assertThat(split.inverse().apply(grown, Side.SOURCE)).isEqualTo(D.range());
    }
}
