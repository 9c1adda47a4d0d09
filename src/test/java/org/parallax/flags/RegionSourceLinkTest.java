package org.parallax.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.core.review.BeadRange;
import org.parallax.review.AlignmentTexts;
import org.parallax.review.BeadFilter;
import org.parallax.review.BeadsChanged;
import org.parallax.review.StoredBead;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A bead edit re-links flags from the changed region alone (its beads and their sentences), not the whole alignment.
 * These edits put a flag's term at the far edge of the region from the flag, at the first and last sentences of the
 * alignment, and in beads whose source sentence numbers differ from their target numbers, so a region read one
 * sentence short or numbered on the wrong side would lose or misplace the link.
 */
@ParallaxIntegrationTest
@WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
class RegionSourceLinkTest extends SpanishEnglishUdhrLinks {

    private static final String TITLE_ES = "Declaración Universal de Derechos Humanos";
    private static final String SECURITY_ES = "Todo individuo tiene derecho a la vida, a la libertad y a la seguridad "
            + "de su persona.";
    private static final String SECURITY_EN = "Everyone has the right to life, liberty and the security of person.";
    private static final String ARTICLE_30_ES = "Nada en esta Declaración podrá interpretarse";
    private static final String SUPPRESSION_ES = "actos tendientes a la supresión";

    @Autowired
    SourceLinkService sourceLinks;

    @Test
    void shouldLinkFlagsToTermsAtTheFarEdgeOfAFiveBeadMergeAndClearThemOnUndo() {
        List<StoredBead> five = new ArrayList<>();
        five.add(review.neighbour(alignment, article1Bead().id(), true).orElseThrow());
        while (five.size() < 5) {
            five.add(review.neighbour(alignment, five.getLast().id(), true).orElseThrow());
        }
        AlignmentTexts texts = review.texts(alignment);
        assertThat(five).extracting(bead -> texts.sourceOf(bead.range()).substring(0, 10))
                .containsExactly("Artículo 2", "Toda perso", "Además, no", "Artículo 3", "Todo indiv");
        assertThat(texts.targetOf(five.getFirst().range())).isEqualTo("Article 2");
        assertThat(texts.targetOf(five.getLast().range())).isEqualTo(SECURITY_EN);
        Flag heading = flag("Article 2", "Article", "seguridad", null);
        Flag security = flag(SECURITY_EN, "security", "Artículo", null);
        assertThat(heading.source()).as("\"seguridad\" is not in the heading's bead yet").isNull();
        assertThat(security.source()).as("\"Artículo\" is not in article 3's bead yet").isNull();

        StoredBead merged = five.getFirst();
        for (StoredBead next : five.subList(1, 5)) {
            merged = review.merge(alignment, merged.ref(), next.ref(), "edith");
        }

        assertThat(merged.range().sourceStart()).as("source and target are numbered apart here")
                .isNotEqualTo(merged.range().targetStart());
        SourceLink seguridad = found(spanish.body(), in(spanish.body(), SECURITY_ES, "seguridad"));
        SourceLink articulo = found(spanish.body(), in(spanish.body(), "Artículo 2", "Artículo"));
        assertThat(source(heading)).as("the flag in the first target sentence, the term in the last source sentence")
                .isEqualTo(seguridad);
        assertThat(source(security)).as("the flag in the last target sentence, the term in the first source sentence")
                .isEqualTo(articulo);

        assertThat(review.undo(alignment, "edith")).isTrue();
        assertThat(source(heading)).isNull();
        assertThat(source(security)).isNull();
        assertThat(flags.history(security.id())).containsExactly(
                "clear source by edith: not found after the beads were changed; was " + describe(articulo),
                "link source by edith: " + describe(articulo) + " (found by the source term)",
                "create by edith: Terminology \"security\"");
    }

    @Test
    void shouldLinkAFlagInTheFirstSentenceOfTheAlignmentWhenItsBeadIsMerged() {
        List<StoredBead> firstTwo = review.page(alignment, BeadFilter.ALL, 0, 2);
        AlignmentTexts texts = review.texts(alignment);
        assertThat(firstTwo.getFirst().range()).isEqualTo(new BeadRange(0, 1, 0, 1));
        assertThat(texts.sourceOf(firstTwo.get(1).range())).isEqualTo("Preámbulo");
        Flag title = flag("Universal Declaration of Human Rights", "Declaration", "preámbulo", null);
        Flag preamble = flag("Preamble", "Preamble", "universal", null);

        review.merge(alignment, firstTwo.get(0).ref(), firstTwo.get(1).ref(), "edith");

        assertThat(source(title)).isEqualTo(found(spanish.body(), in(spanish.body(), "Preámbulo", "Preámbulo")));
        assertThat(source(preamble)).isEqualTo(found(spanish.body(), in(spanish.body(), TITLE_ES, "Universal")));
        assertThat(review.undo(alignment, "edith")).isTrue();
        assertThat(source(title)).isNull();
        assertThat(source(preamble)).isNull();
    }

    @Test
    void shouldLinkAFlagToTheLastSentenceOfTheAlignmentWhenItsBeadIsMergedWithTheLast() {
        int beads = review.count(alignment, BeadFilter.ALL);
        List<StoredBead> lastTwo = review.page(alignment, BeadFilter.ALL, beads - 2, 2);
        AlignmentTexts texts = review.texts(alignment);
        assertThat(lastTwo.get(1).range().sourceEnd()).isEqualTo(texts.source().size());
        assertThat(lastTwo.get(1).range().targetEnd()).isEqualTo(texts.target().size());
        assertThat(texts.targetOf(lastTwo.getFirst().range())).isEqualTo("Article 30");
        assertThat(texts.sourceOf(lastTwo.get(1).range())).startsWith(ARTICLE_30_ES);
        Flag heading = flag("Article 30", "Article", "supresión", null);

        review.merge(alignment, lastTwo.get(0).ref(), lastTwo.get(1).ref(), "edith");
        SourceLink supresion = found(spanish.body(), in(spanish.body(), SUPPRESSION_ES, "supresión"));
        assertThat(source(heading)).isEqualTo(supresion);

        assertThat(review.undo(alignment, "edith")).isTrue();
        assertThat(source(heading)).isNull();
        assertThat(review.redo(alignment, "edith")).isTrue();
        assertThat(source(heading)).isEqualTo(supresion);
    }

    @Test
    void shouldKeepALinkWhenAnAnnouncedRegionCutsThroughTheFlagsBead() {
        Flag conscience = flag(REASON_EN, "conscience", "conciencia", null);
        SourceLink conciencia = conscience.source();
        assertThat(conciencia).isNotNull();
        BeadRange bead = article1Bead().range();
        int history = flags.history(conscience.id()).size();

        // Only the bead's second target sentence: no bead lies inside that region, so the whole alignment is read.
        sourceLinks.followBeads(new BeadsChanged(alignment, spanish.summary().id(), english.summary().id(),
                new BeadRange(bead.sourceStart(), bead.sourceEnd(), bead.targetStart() + 1, bead.targetEnd()), "edith"));

        assertThat(source(conscience)).isEqualTo(conciencia);
        assertThat(flags.history(conscience.id())).hasSize(history);
    }
}
