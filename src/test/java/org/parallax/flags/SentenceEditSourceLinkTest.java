package org.parallax.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.core.review.BeadEdits;
import org.parallax.core.review.BeadRange;
import org.parallax.review.StoredBead;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Automatic source links follow sentence edits of the source, as they follow bead edits. Played on fresh copies of
 * the real UDHR pair Spanish → English, whose article 1 is one Spanish sentence in a 1-2 bead with two English ones:
 * "conscience" in the second English sentence renders "conciencia" of the Spanish one until an editor rewrites it
 * (text edit), or splits it and moves the half with the term out of the bead, then merges it back (split, merge).
 */
@ParallaxIntegrationTest
@WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
class SentenceEditSourceLinkTest extends SpanishEnglishUdhrLinks {

    @Test
    void shouldMoveAnAutomaticLinkToWhereTheTermIsAfterTheSourceSentenceIsRewrittenAndBackOnUndo() {
        Flag conscience = flag(REASON_EN, "conscience", "conciencia", null);
        Flag rights = flag(RIGHTS_EN, "rights", "derecho", null);
        Flag reason = flag(REASON_EN, "reason", "razón", in(spanish.body(), ARTICLE_1_ES, "razón"));
        SourceLink conciencia = found(spanish.body(), in(spanish.body(), ARTICLE_1_ES, "conciencia"));
        assertThat(conscience.source()).isEqualTo(conciencia);
        int rightsHistory = flags.history(rights.id()).size();
        int reasonHistory = flags.history(reason.id()).size();
        String rewritten = ARTICLE_1_ES.replace("razón y conciencia", "conciencia y razón");

        review.editSentence(alignment, article1Bead().ref(), BeadEdits.Side.SOURCE, article1, ARTICLE_1_ES,
                rewritten, "edith");

        String body = library.version(spanish.summary().id()).orElseThrow().body();
        SourceLink moved = found(body, in(body, rewritten, "conciencia"));
        assertThat(moved.span()).isNotEqualTo(conciencia.span());
        assertThat(source(conscience)).isEqualTo(moved);
        assertThat(flags.history(conscience.id()).getFirst()).startsWith("re-link source by edith: " + describe(moved)
                + " (found by the source term); was ");
        assertThat(source(rights)).as("its term is before the change").isEqualTo(rights.source());
        assertThat(flags.history(rights.id())).hasSize(rightsHistory);
        assertThat(source(reason).linkedBy()).as("a link an editor chose is not re-linked").isEqualTo("edith");
        assertThat(flags.history(reason.id())).hasSize(reasonHistory);

        assertThat(review.undo(alignment, "edith")).isTrue();
        assertThat(source(conscience)).isEqualTo(conciencia);
        assertThat(review.redo(alignment, "edith")).isTrue();
        assertThat(source(conscience)).isEqualTo(moved);
        assertThat(source(reason).linkedBy()).isEqualTo("edith");
    }

    @Test
    void shouldClearAnAutomaticLinkWhenTheTermIsEditedOutOfTheSourceSentenceAndLinkItAgainOnUndo() {
        Flag conscience = flag(REASON_EN, "conscience", "conciencia", null);
        SourceLink conciencia = conscience.source();
        String without = ARTICLE_1_ES.replace("razón y conciencia", "razón");

        review.editSentence(alignment, article1Bead().ref(), BeadEdits.Side.SOURCE, article1, ARTICLE_1_ES,
                without, "edith");

        assertThat(source(conscience)).isNull();
        assertThat(flags.history(conscience.id()).getFirst()).startsWith("clear source by edith: not found after the "
                + "beads were changed; was ");

        assertThat(review.undo(alignment, "edith")).isTrue();
        assertThat(source(conscience)).isEqualTo(conciencia);
        assertThat(flags.history(conscience.id()).getFirst()).isEqualTo("link source by edith: "
                + describe(conciencia) + " (found by the source term)");
    }

    @Test
    void shouldLinkAgainWhenMergingSourceSentencesBringsTheTermBackIntoTheFlagsBeadAndClearOnUndo() {
        Flag conscience = flag(REASON_EN, "conscience", "conciencia", null);
        SourceLink conciencia = conscience.source();
        int at = ARTICLE_1_ES.indexOf("dotados");
        String head = ARTICLE_1_ES.substring(0, at).strip();
        String tail = ARTICLE_1_ES.substring(at);
        int history = flags.history(conscience.id()).size();
        StoredBead both = review.splitSentence(alignment, article1Bead().ref(), BeadEdits.Side.SOURCE, article1,
                ARTICLE_1_ES, at, "edith");
        BeadRange split = both.range();
        assertThat(split).isEqualTo(new BeadRange(article1, article1 + 2, article1Bead().range().targetStart(),
                article1Bead().range().targetEnd()));
        assertThat(source(conscience)).as("both halves are in the flag's bead").isEqualTo(conciencia);
        assertThat(flags.history(conscience.id())).hasSize(history);
        List<StoredBead> apart = review.split(alignment, both.ref(), split.sourceStart() + 1, split.targetEnd(),
                "edith");
        assertThat(source(conscience)).as("the tail with the term is no longer in the flag's bead").isNull();

        review.mergeSentenceWithNext(alignment, apart.getFirst().ref(), BeadEdits.Side.SOURCE, article1, head, tail,
                "edith");

        String linked = "link source by edith: " + describe(conciencia) + " (found by the source term)";
        String cleared = "clear source by edith: not found after the beads were changed; was " + describe(conciencia);
        assertThat(article1Bead().range()).isEqualTo(new BeadRange(article1, article1 + 1, split.targetStart(),
                split.targetEnd()));
        assertThat(source(conscience)).isEqualTo(conciencia);
        assertThat(flags.history(conscience.id()).getFirst()).isEqualTo(linked);
        assertThat(review.undo(alignment, "edith")).isTrue();
        assertThat(source(conscience)).isNull();
        assertThat(review.redo(alignment, "edith")).isTrue();
        assertThat(source(conscience)).isEqualTo(conciencia);
        assertThat(flags.history(conscience.id())).containsExactly(linked, cleared, linked, cleared, linked,
                "create by edith: Terminology \"conscience\"");
    }
}
