package org.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Sentences from the Mikoyan conversation in the shared seeds (seeds/002_2829070edb22a6fa.txt), as one paragraph. */
class TextEditTest {

    private static final String FIRST = "The psychological side of the issue is the most difficult one.";
    private static final String SECOND = "And each person’s psychology reveals itself in a special way; you cannot "
            + "prove [dokazat’] it completely; the issues are resolved in discussions about the possible and the "
            + "impossible.";
    private static final String THIRD = "When our Cuban friends say that they cannot trust the United States, this "
            + "is true—one cannot disagree with this; we know it.";
    private static final String BODY = FIRST + " " + SECOND + " " + THIRD;
    private static final int SECOND_START = FIRST.length() + 1;

    private static Span spanOf(String word) {
        int start = BODY.indexOf(word);
        return new Span(start, start + word.length());
    }

    private static TextEdit secondBecomes(String text) {
        return new TextEdit(SECOND_START, SECOND, text);
    }

    @Test
    void shouldReplaceTheSentenceAndNothingElse() {
        TextEdit edit = secondBecomes(SECOND.replace("special", "particular"));

        assertThat(edit.apply(BODY)).isEqualTo(FIRST + " " + SECOND.replace("special", "particular") + " " + THIRD);
        assertThat(edit.delta()).isEqualTo(3);
        assertThat(edit.changedBefore().of(BODY)).isEqualTo("special");
    }

    @Test
    void shouldMoveFlagsWhoseTextIsUnchangedAndKeepThoseBefore() {
        TextEdit edit = secondBecomes(SECOND.replace("special", "particular"));
        String after = edit.apply(BODY);

        TextEdit.Mapped prove = edit.map(spanOf("prove"));
        TextEdit.Mapped psychological = edit.map(spanOf("psychological"));
        TextEdit.Mapped cuban = edit.map(spanOf("Cuban"));

        assertThat(prove.textChanged()).isFalse();
        assertThat(prove.span().of(after)).isEqualTo("prove");
        assertThat(prove.span()).isEqualTo(spanOf("prove").shift(3));
        assertThat(psychological).isEqualTo(new TextEdit.Mapped(spanOf("psychological"), false));
        assertThat(cuban.span().of(after)).isEqualTo("Cuban");
        assertThat(cuban.textChanged()).isFalse();
    }

    @Test
    void shouldCoverTheNewWordsWhenAFlaggedPhraseIsRewritten() {
        TextEdit edit = secondBecomes(SECOND.replace("special", "particular"));

        TextEdit.Mapped way = edit.map(spanOf("special way"));

        assertThat(way.textChanged()).isTrue();
        assertThat(way.span().of(edit.apply(BODY))).isEqualTo("particular way");
    }

    @Test
    void shouldLeaveAnEmptyChangedSpanWhenTheFlaggedWordIsDeleted() {
        TextEdit edit = secondBecomes(SECOND.replace("prove [dokazat’] ", ""));

        TextEdit.Mapped prove = edit.map(spanOf("prove"));

        assertThat(prove.textChanged()).isTrue();
        assertThat(prove.span().length()).isZero();
        assertThat(prove.span().start()).isEqualTo(spanOf("prove").start());
    }

    @Test
    void shouldMapMovedSpansBackExactlyWithTheInverse() {
        TextEdit edit = secondBecomes(SECOND.replace("each person’s", "every"));
        String after = edit.apply(BODY);

        for (String word : new String[] {"psychological", "prove", "impossible", "Cuban"}) {
            Span moved = edit.map(spanOf(word)).span();
            assertThat(moved.of(after)).isEqualTo(word);
            assertThat(edit.inverse().map(moved)).isEqualTo(new TextEdit.Mapped(spanOf(word), false));
        }
        assertThat(edit.inverse().apply(after)).isEqualTo(BODY);
    }

    @Test
    void shouldGrowTheSentenceAndItsParagraphAndMoveLaterSentences() {
        TextEdit edit = secondBecomes(SECOND + " So it is.");
        Span second = new Span(SECOND_START, SECOND_START + SECOND.length());
        Span third = new Span(BODY.length() - THIRD.length(), BODY.length());

        assertThat(edit.structural(second)).isEqualTo(new Span(SECOND_START, SECOND_START + SECOND.length() + 10));
        assertThat(edit.structural(new Span(0, FIRST.length()))).isEqualTo(new Span(0, FIRST.length()));
        assertThat(edit.structural(third).of(edit.apply(BODY))).isEqualTo(THIRD);
        assertThat(edit.structural(new Span(0, BODY.length()))).isEqualTo(new Span(0, BODY.length() + 10));
        assertThatThrownBy(() -> edit.structural(spanOf("prove"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepAFlagEndingWhereTextIsAppended() {
        TextEdit edit = secondBecomes(SECOND + " So it is.");

        assertThat(edit.map(spanOf("impossible."))).isEqualTo(new TextEdit.Mapped(spanOf("impossible."), false));
    }

    @Test
    void shouldRefuseABodyThatDoesNotHoldTheOldText() {
        TextEdit edit = new TextEdit(0, SECOND, "Anything.");

        assertThatThrownBy(() -> edit.apply(BODY)).isInstanceOf(IllegalArgumentException.class);
    }
}
