package org.parallax.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxViewTest;
import org.parallax.core.flags.FlagCategory;
import org.parallax.flags.Flag;
import org.parallax.flags.FlagService;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionText;
import org.parallax.library.WorkSummary;
import org.parallax.review.AlignmentJobs;
import org.parallax.review.ReviewService;
import org.parallax.review.StoredBead;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The editor without a browser: a flag's stored source span is highlighted in the bead's Russian source sentence,
 * and an editor clears and re-links it from the bead panel.
 */
@WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
class EditorSourceLinksViewTest extends ParallaxViewTest {

    private static final String OBLIGATIONS_EN = "Everyone has duties to the community in which alone the free and "
            + "full development of his personality is possible.";
    private static final String OBLIGATIONS_RU = "Каждый человек имеет обязанности перед обществом, в котором только и "
            + "возможно свободное и полное развитие его личности.";

    @Autowired
    AlignmentJobs jobs;

    @Autowired
    ReviewService review;

    @Autowired
    LibraryService library;

    @Autowired
    FlagService flags;

    @Test
    void shouldHighlightTheStoredSourceSpanAndLetAnEditorClearAndReLinkIt() {
        VersionText english = udhr("en");
        VersionText russian = udhr("ru");
        long alignment = jobs.alignNow(russian.summary().id(), english.summary().id(), "edith", done -> { },
                new AtomicBoolean());
        int start = english.body().indexOf(OBLIGATIONS_EN) + OBLIGATIONS_EN.indexOf("personality");
        Flag flag = flags.createInAlignment(alignment, new org.parallax.core.text.Span(start, start + 11),
                FlagCategory.TERMINOLOGY.name(), "личность", null, null, null, "edith");
        assertThat(flag.source().text()).isEqualTo("личности");
        StoredBead bead = review.beadWithSourceSentence(alignment,
                russian.sentenceTexts().indexOf(OBLIGATIONS_RU)).orElseThrow();

        navigate("alignments/" + alignment, AlignmentView.class);
        test($(IntegerField.class).id("goto-bead")).setValue(review.positionOf(alignment, bead.id()) + 1);

        assertThat(sourceMarks(flag)).extracting(Span::getText).containsExactly("личности");
        assertThat(sourceMarks(flag).getFirst().getStyle().get("background-color")).isEqualTo("#d4eff2");
        test($(Button.class).id("flag-clear-source-" + flag.id())).click();
        assertThat(flags.flag(flag.id()).orElseThrow().source()).isNull();
        assertThat(sourceMarks(flag)).isEmpty();
        test($(Button.class).id("flag-relink-" + flag.id())).click();
        assertThat(flags.flag(flag.id()).orElseThrow().source().text()).isEqualTo("личности");
        assertThat(sourceMarks(flag)).extracting(Span::getText).containsExactly("личности");
    }

    private List<Span> sourceMarks(Flag flag) {
        return $(Span.class).withClassName("px-source-term")
                .withAttribute("data-source-of-flag", String.valueOf(flag.id())).all();
    }

    private VersionText udhr(String slug) {
        WorkSummary work = library.work("udhr").orElseThrow();
        long id = work.version(slug).orElseThrow().id();
        return library.version(id).orElseThrow();
    }
}
