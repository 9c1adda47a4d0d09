package org.parallax.library.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxViewTest;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionSummary;
import org.parallax.library.WorkSummary;
import org.parallax.review.AlignmentJobs;
import org.parallax.review.AlignmentSummary;
import org.parallax.review.BeadFilter;
import org.parallax.review.ReviewService;
import org.parallax.users.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The library page without a browser, over the sample corpus loaded at start-up. */
@WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
class LibraryViewTest extends ParallaxViewTest {

    @Autowired
    LibraryService library;

    @Autowired
    ReviewService review;

    @Autowired
    AlignmentJobs jobs;

    @Test
    void shouldListEveryWorkOfTheCorpusWithItsVersions() {
        navigate(LibraryView.class);

        List<WorkSummary> works = library.works();
        assertThat($(Div.class).withClassName("px-work").all()).extracting(Component::getId)
                .extracting(java.util.Optional::orElseThrow)
                .containsExactlyElementsOf(works.stream().map(w -> "work-" + w.slug()).toList());
        assertThat($(H2.class).all()).extracting(H2::getText)
                .containsExactlyElementsOf(works.stream().map(WorkSummary::title).toList());

        WorkSummary jonah = work("jonah");
        GridTester<Grid<VersionSummary>, VersionSummary> versions = versionsOf("jonah");
        assertThat(versions.size()).isEqualTo(3);
        for (int row = 0; row < 3; row++) {
            VersionSummary version = jonah.versions().get(row);
            assertThat(List.of(versions.getCellText(row, 0), versions.getCellText(row, 1),
                    versions.getCellText(row, 2), versions.getCellText(row, 5), versions.getCellText(row, 6)))
                    .containsExactly(version.title(), version.language(), version.role().name().toLowerCase(),
                            String.valueOf(version.paragraphs()), String.valueOf(version.sentences()));
        }
        assertThat(versionsOf("udhr").size()).isEqualTo(9);
    }

    @Test
    void shouldSayWhatIsUnknownAboutAVersionWithADash() {
        navigate(LibraryView.class);

        WorkSummary udhr = work("udhr");
        GridTester<Grid<VersionSummary>, VersionSummary> versions = versionsOf("udhr");
        VersionSummary english = udhr.versions().getFirst();
        assertThat(english.translator()).isNull();
        assertThat(versions.getCellText(0, 3)).isEqualTo("—");
    }

    @Test
    void shouldShowAWorksAlignmentsWithTheirReviewProgress() {
        WorkSummary jonah = work("jonah");
        long sourceId = jonah.version("kjv").orElseThrow().id();
        long targetId = jonah.version("rv1909").orElseThrow().id();
        long alignment = SystemAuthentication.call(() -> jobs.alignNow(sourceId, targetId,
                "aligner", done -> { }, new AtomicBoolean()));
        review.approve(alignment, review.page(alignment, BeadFilter.ALL, 0, 1).getFirst().ref(), "edith");

        navigate(LibraryView.class);

        Div card = $(Div.class).id("work-jonah");
        List<AlignmentSummary> alignments = review.alignmentsOfWork(jonah.id());
        assertThat($(Anchor.class).from(card).all()).extracting(Anchor::getHref)
                .containsExactlyElementsOf(alignments.stream().map(a -> "alignments/" + a.id()).toList());
        AlignmentSummary ours = review.alignment(alignment).orElseThrow();
        Anchor link = $(Anchor.class).from(card).withAttribute("href", "alignments/" + alignment).single();
        assertThat(link.getText()).isEqualTo(ours.sourceTitle() + " ↔ " + ours.targetTitle());
        Span progress = (Span) link.getParent().orElseThrow().getChildren().toList().get(1);
        assertThat(progress.getText()).isEqualTo(String.format(" %.0f%% approved, %d beads",
                100.0 / ours.beads(), ours.beads()));
    }

    @Test
    void shouldOpenAVersionWhenItsRowIsClicked() {
        navigate(LibraryView.class);

        versionsOf("jonah").clickRow(1);

        assertThat(getCurrentView()).isInstanceOf(VersionView.class);
        assertThat($(com.vaadin.flow.component.html.H1.class).single().getText())
                .isEqualTo(work("jonah").versions().get(1).title());
    }

    @Test
    void shouldOfferImportToAnEditor() {
        navigate(LibraryView.class);

        assertThat($(Button.class).withId("import-button").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "sasha", roles = "SCHOLAR")
    void shouldNotOfferImportToAScholar() {
        navigate(LibraryView.class);

        assertThat($(Button.class).withId("import-button").exists()).isFalse();
        assertThat($(Div.class).withClassName("px-work").all()).hasSize(library.works().size());
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<VersionSummary>, VersionSummary> versionsOf(String slug) {
        return test((Grid<VersionSummary>) $(Grid.class).from($(Div.class).id("work-" + slug)).single());
    }

    private WorkSummary work(String slug) {
        return library.work(slug).orElseThrow();
    }
}
