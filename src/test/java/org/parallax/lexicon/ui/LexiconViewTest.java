package org.parallax.lexicon.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxViewTest;
import org.parallax.lexicon.GlossarySummary;
import org.parallax.lexicon.LanguagePair;
import org.parallax.lexicon.LearnedEntry;
import org.parallax.lexicon.LexiconService;
import org.parallax.lexicon.PairLexicon;
import org.parallax.library.LibraryService;
import org.parallax.library.WorkSummary;
import org.parallax.review.AlignmentJobs;
import org.parallax.review.BeadFilter;
import org.parallax.review.ReviewService;
import org.parallax.review.StoredBead;
import org.parallax.users.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The lexicon view without a browser. */
class LexiconViewTest extends ParallaxViewTest {

    private static final LanguagePair EN_FR = new LanguagePair("en", "fr");

    @Autowired
    LexiconService lexicons;

    @Autowired
    AlignmentJobs jobs;

    @Autowired
    ReviewService review;

    @Autowired
    LibraryService library;

    @Test
    @WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
    @SuppressWarnings("unchecked")
    void shouldLearnFromTheRowOfAPairAndFindTheLearnedWords() {
        SystemAuthentication.run(this::approveTheUdhrInFrench);
        navigate(LexiconView.class);
        Grid<PairLexicon> pairs = $(Grid.class).id("learned-pairs");
        int row = lexicons.pairs().stream().map(PairLexicon::languages).toList().indexOf(EN_FR);

        test(find(Button.class, test(pairs).getCellComponent(row, 5)).id("learn-en-fr")).click();

        awaitNotification("en-fr: ");
        assertThat(lexicons.pairs().get(row).learnedEntries()).isPositive();
        assertThat(test(pairs).getCellText(row, 3)).isEqualTo(String.valueOf(lexicons.pairs().get(row).learnedEntries()));
        test($(ComboBox.class).id("learned-search-pair")).selectItem("en-fr");
        test($(TextField.class).id("learned-search-word")).setValue("Article");
        Grid<LearnedEntry> entries = $(Grid.class).id("learned-entries");
        assertThat(test(entries).size()).isPositive();
        assertThat(test(entries).getRow(0).sourceWord()).isEqualTo("article");
    }

    @Test
    @WithMockUser(username = "tanja", roles = "TRANSLATOR")
    void shouldShowATranslatorTheGlossariesButNoWayToChangeThem() {
        GlossarySummary glossary = SystemAuthentication.call(() -> lexicons.importGlossary("view test", "en", "uk",
                "law\tзакон\n".getBytes(StandardCharsets.UTF_8), "system"));

        navigate(LexiconView.class);

        assertThat($(Grid.class).id("glossaries").getGenericDataView().getItems().map(g -> ((GlossarySummary) g).name()))
                .contains(glossary.name());
        assertThat($(Button.class).withId("glossary-add").exists()).isFalse();
        assertThat($(Button.class).withId("glossary-delete-" + glossary.id()).exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
    void shouldNameTheBadLineOfAnUploadedGlossaryAndStoreOnlyAGoodOne() {
        navigate(LexiconView.class);
        test($(TextField.class).id("glossary-name")).setValue("upload test");
        test($(TextField.class).id("glossary-source")).setValue("en");
        test($(TextField.class).id("glossary-target")).setValue("pl");
        Upload upload = $(Upload.class).id("glossary-upload");

        test(upload).upload("terms.tsv", "text/tab-separated-values",
                "law\tprawo\nright, prawo\n".getBytes(StandardCharsets.UTF_8));
        test($(Button.class).id("glossary-add")).click();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Glossary line 2: no tab; every line must be source<TAB>translation.");
        assertThat(lexicons.glossaries()).extracting(GlossarySummary::name).doesNotContain("upload test");

        test(upload).upload("terms.tsv", "text/tab-separated-values",
                "law\tprawo\nright\tprawo\n".getBytes(StandardCharsets.UTF_8));
        test($(Button.class).id("glossary-add")).click();

        assertThat(lexicons.glossaries()).filteredOn(g -> g.name().equals("upload test")).singleElement()
                .satisfies(g -> {
                    assertThat(g.entries()).isEqualTo(2);
                    assertThat(g.uploadedBy()).isEqualTo("edith");
                });
    }

    private void approveTheUdhrInFrench() {
        WorkSummary udhr = library.work("udhr").orElseThrow();
        long english = udhr.version("en").orElseThrow().id();
        long french = udhr.version("fr").orElseThrow().id();
        long alignment = jobs.alignNow(english, french, "system", done -> { }, new AtomicBoolean());
        List<StoredBead> beads = review.page(alignment, BeadFilter.ALL, 0, Integer.MAX_VALUE);
        review.approveAllAbove(alignment, beads.getLast().ref(), "system");
    }

    /** Learning runs in the background; its result reaches the view as a queued UI update. */
    private void awaitNotification(String prefix) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while ($(Notification.class).all().stream().map(n -> test(n).getText()).noneMatch(t -> t.startsWith(prefix))) {
            assertThat(Instant.now()).as("learning to finish").isBefore(giveUp);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            roundTrip();
        }
    }
}
