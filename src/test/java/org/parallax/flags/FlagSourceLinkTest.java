package org.parallax.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.core.flags.FlagCategory;
import org.parallax.core.review.BeadEdits;
import org.parallax.core.text.Span;
import org.parallax.export.ExportFormat;
import org.parallax.export.ExportService;
import org.parallax.ingest.ParallelImportService;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionText;
import org.parallax.library.WorkSummary;
import org.parallax.review.AlignmentJobs;
import org.parallax.review.BeadFilter;
import org.parallax.review.ReviewService;
import org.parallax.review.StoredBead;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The source span a flag renders, stored on the flag. The seeds' Russian originals are not in the corpus, so the
 * "prove [dokazat’]" case is played on the real UDHR pair: "dignity" in the English article 1 renders "достоинство",
 * which the Russian article 1 has inflected, "в своем достоинстве".
 */
@ParallaxIntegrationTest
@WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
class FlagSourceLinkTest {

    private static final String ARTICLE_1_EN = "All human beings are born free and equal in dignity and rights.";
    private static final String ARTICLE_1_RU = "Все люди рождаются свободными и равными в своем достоинстве и правах.";
    private static final String REASON_EN = "They are endowed with reason and conscience and should act towards one "
            + "another in a spirit of brotherhood.";
    private static final String REASON_RU = "Они наделены разумом и совестью и должны поступать в отношении друг друга "
            + "в духе братства.";

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
    ExportService exports;

    @Autowired
    ParallelImportService parallelImport;

    @Test
    void shouldStoreTheSourceSpanOfTheTermWhenARussianSourceIsAligned() {
        VersionText english = udhr("en");
        VersionText russian = udhr("ru");
        Flag dignity = flags.create(english.summary().id(), in(english, ARTICLE_1_EN, "dignity"),
                FlagCategory.SOURCE_TERM_KEPT.name(), "достоинство", "dostoinstvo", null, "edith");
        assertThat(dignity.source()).isNull();

        align(russian, english);

        Flag linked = flags.flag(dignity.id()).orElseThrow();
        Span expected = in(russian, ARTICLE_1_RU, "достоинстве");
        assertThat(linked.source()).isEqualTo(new SourceLink(russian.summary().id(), expected, "достоинстве",
                SourceLink.ALIGNER));
        assertThat(russian.body().indexOf(ARTICLE_1_RU) + ARTICLE_1_RU.indexOf("достоинстве"))
                .isEqualTo(expected.start());
        assertThat(expected.length()).isEqualTo(11);
        assertThat(flags.history(dignity.id())).first().asString().startsWith("link source by edith: \"достоинстве\" ["
                + expected.start() + "-" + expected.end() + "] of source version " + russian.summary().id()
                + " (found by the source term)");
    }

    @Test
    void shouldLinkAFlagCreatedInTheEditorToTheSelectedSourceTextOrElseToItsTerm() {
        VersionText english = udhr("en");
        VersionText russian = udhr("ru");
        long alignment = align(russian, english);

        Flag found = flags.createInAlignment(alignment, in(english, ARTICLE_1_EN, "rights"),
                FlagCategory.TERMINOLOGY.name(), "право", null, null, null, "edith");
        Span rights = in(russian, ARTICLE_1_RU, "правах");
        assertThat(found.source()).isEqualTo(new SourceLink(russian.summary().id(), rights, "правах",
                SourceLink.ALIGNER));

        Span chosen = in(russian, ARTICLE_1_RU, "равными");
        Flag selected = flags.createInAlignment(alignment, in(english, ARTICLE_1_EN, "equal"),
                FlagCategory.LEXICAL_CHOICE.name(), null, null, null, chosen, "edith");
        assertThat(selected.source()).isEqualTo(new SourceLink(russian.summary().id(), chosen, "равными", "edith"));

        Flag unfound = flags.createInAlignment(alignment, in(english, ARTICLE_1_EN, "born"),
                FlagCategory.LEXICAL_CHOICE.name(), "доказать", null, null, null, "edith");
        assertThat(unfound.source()).isNull();
        assertThatThrownBy(() -> flags.createInAlignment(alignment, in(english, ARTICLE_1_EN, "free"),
                FlagCategory.LEXICAL_CHOICE.name(), null, null, null, new Span(0, russian.body().length() + 1),
                "edith")).hasMessage("the source span is empty or outside the source text");
    }

    @Test
    void shouldKeepAChosenLinkWhenReAlignedAndLetAnEditorClearAndReLinkIt() {
        VersionText english = udhr("en");
        VersionText russian = udhr("ru");
        long alignment = align(russian, english);
        Flag flag = flags.createInAlignment(alignment, in(english, ARTICLE_1_EN, "dignity"),
                FlagCategory.TERMINOLOGY.name(), "достоинство", null, null, null, "edith");
        Span people = in(russian, ARTICLE_1_RU, "люди");

        Flag chosen = sourceLinks.linkSource(flag.id(), flag.lockVersion(), alignment, people, "edith");
        jobs.realignNow(alignment, "edith", done -> { }, new AtomicBoolean());
        assertThat(flags.flag(flag.id()).orElseThrow().source()).isEqualTo(chosen.source());
        assertThat(chosen.source().text()).isEqualTo("люди");

        Flag cleared = sourceLinks.clearSource(chosen.id(), chosen.lockVersion(), "edith");
        assertThat(cleared.source()).isNull();
        assertThat(flags.history(flag.id()).getFirst()).isEqualTo("clear source by edith: was \"люди\" ["
                + people.start() + "-" + people.end() + "] of source version " + russian.summary().id());
        assertThatThrownBy(() -> sourceLinks.relinkSource(chosen.id(), chosen.lockVersion(), alignment, "edith"))
                .hasMessageContaining("changed by someone else");

        Flag relinked = sourceLinks.relinkSource(cleared.id(), cleared.lockVersion(), alignment, "edith");
        assertThat(relinked.source().span()).isEqualTo(in(russian, ARTICLE_1_RU, "достоинстве"));
        assertThat(relinked.source().isAutomatic()).isTrue();
    }

    @Test
    void shouldExportTheSourceSpanWithTheFlag() {
        VersionText english = udhr("en");
        VersionText russian = udhr("ru");
        long alignment = align(russian, english);
        Flag flag = flags.createInAlignment(alignment, in(english, REASON_EN, "reason"),
                FlagCategory.SOURCE_TERM_KEPT.name(), "разум", "razum", null, null, "edith");
        int sentence = russian.sentenceTexts().indexOf(REASON_RU);
        StoredBead bead = review.beadWithSourceSentence(alignment, sentence).orElseThrow();
        String unitSource = review.texts(alignment).sourceOf(bead.range());
        String unitTarget = review.texts(alignment).targetOf(bead.range());
        int source = unitSource.indexOf("разумом");
        int target = unitTarget.indexOf("reason");
        String code = target + "-" + (target + 6) + "|SOURCE_TERM_KEPT|разум|razum|proposed|" + source
                + "-" + (source + 7);

        String csv = new String(exports.export(alignment, ExportFormat.CSV), StandardCharsets.UTF_8);
        String tmx = new String(exports.export(alignment, ExportFormat.TMX_ALL), StandardCharsets.UTF_8);
        String xliff = new String(exports.export(alignment, ExportFormat.XLIFF), StandardCharsets.UTF_8);

        assertThat(flag.source()).isNotNull();
        assertThat(csv).contains(code);
        assertThat(tmx).contains("<prop type=\"x-flag\">" + code + "</prop>")
                .contains("renders разум (razum), in the source \"разумом\" [" + source + "-" + (source + 7) + "]");
        assertThat(xliff).contains("Они наделены <mrk id=\"s1\" type=\"term\" value=\"Source term kept\">разумом</mrk>"
                + " и совестью");
    }

    @Test
    void shouldRestoreTheSourceSpanWhenAnExportedTmxIsImportedAgain() {
        VersionText english = udhr("en");
        VersionText russian = udhr("ru");
        long alignment = align(russian, english);
        flags.createInAlignment(alignment, in(english, REASON_EN, "conscience"), FlagCategory.TERMINOLOGY.name(),
                "совесть", null, null, null, "edith");

        long copy = parallelImport.importTmx(exports.export(alignment, ExportFormat.TMX_ALL), "UDHR, re-imported",
                "edith");

        long copyTarget = review.alignment(copy).orElseThrow().targetVersionId();
        Flag restored = flags.ofVersion(copyTarget).stream().filter(f -> f.text().equals("conscience")).findFirst()
                .orElseThrow();
        assertThat(restored.source().text()).isEqualTo("совестью");
        assertThat(restored.source().versionId()).isEqualTo(review.alignment(copy).orElseThrow().sourceVersionId());
        assertThat(restored.source().linkedBy()).isEqualTo("edith");
    }

    @Test
    @WithMockUser(username = "tina", roles = "TRANSLATOR")
    void shouldRefuseATranslatorChangingASourceLink() {
        VersionText english = udhr("en");
        long alignment = align(udhr("ru"), english);
        Flag flag = flags.createInAlignment(alignment, in(english, ARTICLE_1_EN, "free"),
                FlagCategory.LEXICAL_CHOICE.name(), "свободный", null, null, null, "tina");

        assertThat(flag.source().text()).isEqualTo("свободными");
        assertThatThrownBy(() -> sourceLinks.clearSource(flag.id(), flag.lockVersion(), "tina"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sourceLinks.relinkSource(flag.id(), flag.lockVersion(), alignment, "tina"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sourceLinks.linkSource(flag.id(), flag.lockVersion(), alignment, new Span(0, 3), "tina"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldMoveTheStoredSourceSpanWhenAnEarlierSourceSentenceIsEdited() {
        VersionText english = udhr("en");
        VersionText russian = udhr("ru");
        long alignment = align(russian, english);
        Flag flag = flags.createInAlignment(alignment, in(english, ARTICLE_1_EN, "dignity"),
                FlagCategory.TERMINOLOGY.name(), "достоинство", null, null, null, "edith");
        Span linked = flag.source().span();
        StoredBead first = review.page(alignment, BeadFilter.ALL, 0, 1).getFirst();
        String title = russian.paragraphs().getFirst().sentences().getFirst().of(russian.body());
        String added = " (правка)";

        review.editSentence(alignment, first.ref(), BeadEdits.Side.SOURCE, 0, title, title + added, "edith");

        SourceLink moved = flags.flag(flag.id()).orElseThrow().source();
        assertThat(moved.span()).isEqualTo(new Span(linked.start() + added.length(), linked.end() + added.length()));
        assertThat(moved.text()).isEqualTo("достоинстве");
    }

    private long align(VersionText source, VersionText target) {
        return jobs.alignNow(source.summary().id(), target.summary().id(), "edith", done -> { }, new AtomicBoolean());
    }

    /** Body offsets of a word inside a sentence of a version. */
    private static Span in(VersionText version, String sentence, String word) {
        int start = version.body().indexOf(sentence);
        assertThat(start).as(sentence).isNotNegative();
        start += sentence.indexOf(word);
        return new Span(start, start + word.length());
    }

    private VersionText udhr(String slug) {
        WorkSummary work = library.work("udhr").orElseThrow();
        long id = work.version(slug).orElseThrow().id();
        return library.version(id).orElseThrow();
    }
}
