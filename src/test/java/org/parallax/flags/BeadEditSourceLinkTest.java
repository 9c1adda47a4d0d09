package org.parallax.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.core.review.BeadEdits;
import org.parallax.review.StoredBead;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Automatic source links follow the editor's bead operations. Played on the real UDHR pair Spanish → English (fresh
 * copies of the shared texts, so the sample corpus other tests flag stays as it was), whose
 * article 1 is one Spanish sentence for two English ones: the aligner makes it a 1-2 bead, so "conscience" in the
 * second English sentence renders "conciencia" of the one Spanish sentence until the bead is split.
 */
@ParallaxIntegrationTest
@WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
class BeadEditSourceLinkTest extends SpanishEnglishUdhrLinks {

    private static final String PROCLAMATION_ES = "Proclama la presente Declaración Universal de los Derechos Humanos";

    @Test
    void shouldClearAnAutomaticLinkWhenASplitTakesTheTermOutOfTheBeadAndLinkItAgainOnMergeUndoAndRedo() {
        Flag conscience = flag(REASON_EN, "conscience", "conciencia", null);
        Flag rights = flag(RIGHTS_EN, "rights", "derecho", null);
        Flag reason = flag(REASON_EN, "reason", null, in(spanish.body(), ARTICLE_1_ES, "razón"));
        SourceLink conciencia = found(spanish.body(), in(spanish.body(), ARTICLE_1_ES, "conciencia"));
        assertThat(conscience.source()).isEqualTo(conciencia);
        assertThat(rights.source()).isEqualTo(found(spanish.body(), in(spanish.body(), ARTICLE_1_ES, "derechos")));
        assertThat(reason.source().linkedBy()).isEqualTo("edith");
        int rightsHistory = flags.history(rights.id()).size();

        List<StoredBead> split = review.split(alignment, article1Bead().ref(), article1 + 1,
                article1Bead().range().targetStart() + 1, "edith");

        assertThat(source(conscience)).isNull();
        assertThat(flags.history(conscience.id()).getFirst()).isEqualTo("clear source by edith: not found after the "
                + "beads were changed; was " + describe(conciencia));
        assertThat(source(rights)).isEqualTo(rights.source());
        assertThat(flags.history(rights.id())).hasSize(rightsHistory);
        assertThat(source(reason)).as("a link an editor chose stays").isEqualTo(reason.source());

        review.merge(alignment, split.get(0).ref(), split.get(1).ref(), "edith");
        assertThat(source(conscience)).isEqualTo(conciencia);
        assertThat(flags.history(conscience.id()).getFirst()).isEqualTo("link source by edith: "
                + describe(conciencia) + " (found by the source term)");

        assertThat(review.undo(alignment, "edith")).isTrue();
        assertThat(source(conscience)).isNull();
        assertThat(review.redo(alignment, "edith")).isTrue();
        assertThat(source(conscience)).isEqualTo(conciencia);
        assertThat(source(reason)).isEqualTo(reason.source());
        String linked = "link source by edith: " + describe(conciencia) + " (found by the source term)";
        String cleared = "clear source by edith: not found after the beads were changed; was " + describe(conciencia);
        assertThat(flags.history(conscience.id())).containsExactly(linked, cleared, linked, cleared, linked,
                "create by edith: Terminology \"conscience\"");
    }

    @Test
    void shouldClearAnAutomaticLinkWhenTheFlaggedSentenceIsMovedIntoABeadWithoutTheTerm() {
        Flag conscience = flag(REASON_EN, "conscience", "conciencia", null);
        StoredBead next = review.neighbour(alignment, article1Bead().id(), true).orElseThrow();

        review.moveSentence(alignment, article1Bead().ref(), next.ref(), BeadEdits.Side.TARGET, false, "edith");

        assertThat(source(conscience)).isNull();
        assertThat(flags.history(conscience.id()).getFirst()).startsWith("clear source by edith: not found after the "
                + "beads were changed; was \"conciencia\"");
    }

    @Test
    void shouldReLinkToTheFirstOccurrenceOfTheTermInTheMergedBead() {
        Flag rights = flag(RIGHTS_EN, "rights", "derecho", null);
        SourceLink derechos = rights.source();
        StoredBead heading = review.neighbour(alignment, article1Bead().id(), false).orElseThrow();
        StoredBead proclamation = review.neighbour(alignment, heading.id(), false).orElseThrow();
        assertThat(review.texts(alignment).sourceOf(proclamation.range())).startsWith(PROCLAMATION_ES);

        StoredBead preamble = review.merge(alignment, proclamation.ref(), heading.ref(), "edith");
        assertThat(source(rights)).as("the flag's bead is not merged yet").isEqualTo(derechos);
        review.merge(alignment, preamble.ref(), article1Bead().ref(), "edith");

        SourceLink declaration = found(spanish.body(), in(spanish.body(), PROCLAMATION_ES, "Derechos"));
        assertThat(source(rights)).isEqualTo(declaration);
        assertThat(flags.history(rights.id()).getFirst()).isEqualTo("re-link source by edith: " + describe(declaration)
                + " (found by the source term); was " + describe(derechos));
    }
}
