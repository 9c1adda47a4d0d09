package org.parallax.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.core.flags.FlagCategory;
import org.parallax.core.review.BeadEdits;
import org.parallax.core.review.BeadRange;
import org.parallax.core.text.SharedTexts;
import org.parallax.core.text.Span;
import org.parallax.ingest.ImportRequest;
import org.parallax.ingest.ImportService;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionRole;
import org.parallax.library.VersionText;
import org.parallax.review.AlignmentJobs;
import org.parallax.review.ReviewService;
import org.parallax.review.StoredBead;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Automatic source links follow the editor's bead operations. Played on the real UDHR pair Spanish → English (fresh
 * copies of the shared texts, so the sample corpus other tests flag stays as it was), whose
 * article 1 is one Spanish sentence for two English ones: the aligner makes it a 1-2 bead, so "conscience" in the
 * second English sentence renders "conciencia" of the one Spanish sentence until the bead is split.
 */
@ParallaxIntegrationTest
@WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
class BeadEditSourceLinkTest {

    private static final String ARTICLE_1_ES = "Todos los seres humanos nacen libres e iguales en dignidad y derechos "
            + "y, dotados como están de razón y conciencia, deben comportarse fraternalmente los unos con los otros.";
    private static final String PROCLAMATION_ES = "Proclama la presente Declaración Universal de los Derechos Humanos";
    private static final String RIGHTS_EN = "All human beings are born free and equal in dignity and rights.";
    private static final String REASON_EN = "They are endowed with reason and conscience and should act towards one "
            + "another in a spirit of brotherhood.";

    @Autowired
    FlagService flags;

    @Autowired
    SourceLinkService sourceLinks;

    @Autowired
    LibraryService library;

    @Autowired
    AlignmentJobs jobs;

    @Autowired
    ReviewService review;

    @Autowired
    ImportService imports;

    private VersionText spanish;
    private VersionText english;
    private long alignment;
    private int article1;

    @BeforeEach
    void alignSpanishToEnglish() {
        String work = "udhr-bead-edits-" + UUID.randomUUID();
        spanish = importUdhr(work, "spa", "es", VersionRole.TRANSLATION);
        english = importUdhr(work, "eng", "en", VersionRole.SOURCE);
        alignment = jobs.alignNow(spanish.summary().id(), english.summary().id(), "edith", done -> { },
                new AtomicBoolean());
        article1 = spanish.sentenceTexts().indexOf(ARTICLE_1_ES);
        int rightsSentence = english.sentenceTexts().indexOf(RIGHTS_EN);
        assertThat(article1Bead().range()).as("the aligner's bead for article 1")
                .isEqualTo(new BeadRange(article1, article1 + 1, rightsSentence, rightsSentence + 2));
    }

    @Test
    void shouldClearAnAutomaticLinkWhenASplitTakesTheTermOutOfTheBeadAndLinkItAgainOnMergeUndoAndRedo() {
        Flag conscience = flag(REASON_EN, "conscience", "conciencia", null);
        Flag rights = flag(RIGHTS_EN, "rights", "derecho", null);
        Flag reason = flag(REASON_EN, "reason", null, in(spanish, ARTICLE_1_ES, "razón"));
        SourceLink conciencia = found(in(spanish, ARTICLE_1_ES, "conciencia"));
        assertThat(conscience.source()).isEqualTo(conciencia);
        assertThat(rights.source()).isEqualTo(found(in(spanish, ARTICLE_1_ES, "derechos")));
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

        SourceLink declaration = found(in(spanish, PROCLAMATION_ES, "Derechos"));
        assertThat(source(rights)).isEqualTo(declaration);
        assertThat(flags.history(rights.id()).getFirst()).isEqualTo("re-link source by edith: " + describe(declaration)
                + " (found by the source term); was " + describe(derechos));
    }

    private StoredBead article1Bead() {
        return review.beadWithSourceSentence(alignment, article1).orElseThrow();
    }

    /** A flag on a word of an English sentence, created in the alignment editor (so linked at once). */
    private Flag flag(String sentence, String word, String sourceTerm, Span chosenSource) {
        return flags.createInAlignment(alignment, in(english, sentence, word), FlagCategory.TERMINOLOGY.name(),
                sourceTerm, null, null, chosenSource, "edith");
    }

    private SourceLink source(Flag flag) {
        return flags.flag(flag.id()).orElseThrow().source();
    }

    private SourceLink found(Span span) {
        return new SourceLink(spanish.summary().id(), span, spanish.body().substring(span.start(), span.end()),
                SourceLink.ALIGNER);
    }

    private static String describe(SourceLink link) {
        return "\"" + link.text() + "\" [" + link.span().start() + "-" + link.span().end() + "] of source version "
                + link.versionId();
    }

    /** Body offsets of a word inside a sentence of a version. */
    private static Span in(VersionText version, String sentence, String word) {
        int start = version.body().indexOf(sentence);
        assertThat(start).as(sentence).isNotNegative();
        start += sentence.indexOf(word);
        return new Span(start, start + word.length());
    }

    /** A fresh copy of a UDHR text, so flags made here do not show in the sample corpus other tests use. */
    private VersionText importUdhr(String work, String file, String language, VersionRole role) {
        byte[] text = SharedTexts.read("texts/udhr/" + file + ".txt").getBytes(StandardCharsets.UTF_8);
        long id = imports.importText(new ImportRequest(work, "UDHR for bead edits", file + ".txt", text, language, role,
                "UDHR " + language, null, null, null, null, null, language), progress -> { }).versionId();
        return library.version(id).orElseThrow();
    }
}
