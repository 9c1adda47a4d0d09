package org.parallax.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.parallax.BrowserTest;
import org.parallax.TestUsers;
import org.parallax.flags.Flag;
import org.parallax.flags.FlagService;
import org.parallax.library.LibraryService;
import org.parallax.library.WorkSummary;
import org.parallax.users.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * End to end in headless Chromium: in the UDHR Russian → English alignment an editor selects "dignity" in a target
 * sentence, flags it as rendering достоинство, and sees it highlighted on both sides and in the alignment's flags.
 */
class EditorFlagsBrowserIT extends BrowserTest {

    private static final String SELECT_WORD = """
            const sentence = arguments[0], word = arguments[1];
            const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.data.indexOf(word);
              if (at >= 0) {
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + word.length);
                document.getSelection().removeAllRanges();
                document.getSelection().addRange(range);
                return true;
              }
            }
            return false;""";

    @Autowired
    AlignmentJobs jobs;

    @Autowired
    ReviewService review;

    @Autowired
    LibraryService library;

    @Autowired
    FlagService flags;

    long alignment;
    long english;

    @BeforeEach
    void alignUdhrAndOpenBrowser() throws Exception {
        WorkSummary udhr = library.work("udhr").orElseThrow();
        english = udhr.version("en").orElseThrow().id();
        long ru = udhr.version("ru").orElseThrow().id();
        alignment = SystemAuthentication.call(() -> jobs.alignNow(ru, english, "aligner",
                done -> { }, new AtomicBoolean()));
        browser.loginAs(TestUsers.EDITOR, TestUsers.PASSWORD);
    }

    @Test
    void shouldFlagASelectedWordAndShowItOnBothSidesAndInTheFlagsList() throws Exception {
        List<String> russian = review.texts(alignment).source();
        int article1 = russian.indexOf(russian.stream().filter(s -> s.startsWith("Все люди рождаются")).findFirst()
                .orElseThrow());
        StoredBead bead = review.beadWithSourceSentence(alignment, article1).orElseThrow();
        browser.open("alignments/" + alignment);
        goTo(review.positionOf(alignment, bead.id()) + 1);

        WebElement target = browser.waitFor(By.xpath("//*[@id='bead-panel']//*[@data-target-sentence]"
                + "[contains(., 'All human beings are born free')]"));
        assertThat((Boolean) browser.driver().executeScript(SELECT_WORD, target, "dignity")).isTrue();
        browser.waitUntil(d -> {
            String remembered = d.findElement(By.id("bead-panel")).getDomProperty("pxSelection");
            return remembered == null || remembered.isEmpty() ? null : remembered;
        });
        browser.click(By.id("bead-flag-selection"));

        assertThat(browser.waitFor(By.id("flag-selected-text")).getText()).isEqualTo("“dignity”");
        browser.waitFor(By.cssSelector("#flag-source-term input")).sendKeys("достоинство");
        browser.waitFor(By.cssSelector("#flag-transliteration input")).sendKeys("dostoinstvo");
        browser.screenshot("editor-flags-dialog");
        browser.click(By.id("flag-create"));

        Flag created = browser.waitUntil(d -> flags.ofVersion(english).stream()
                .filter(f -> "достоинство".equals(f.sourceTerm())).findFirst().orElse(null));
        assertThat(created.text()).isEqualTo("dignity");
        assertThat(created.author()).isEqualTo(TestUsers.EDITOR);
        WebElement mark = browser.waitFor(By.cssSelector("#bead-panel [data-target-sentence] .px-flag[data-flag='"
                + created.id() + "']"));
        assertThat(mark.getText()).isEqualTo("dignity");
        WebElement source = browser.waitFor(By.cssSelector("#bead-panel .px-source-term[data-source-of-flag='"
                + created.id() + "']"));
        assertThat(source.getText()).isEqualTo("достоинстве");
        browser.screenshot("editor-flags-highlighted");

        browser.click(By.id("flags-toggle"));
        WebElement row = browser.waitFor(By.xpath("//vaadin-grid-cell-content[.//span[@data-flag='" + created.id()
                + "']]"));
        assertThat(row.getText()).isEqualTo("dignity");
        browser.screenshot("editor-flags-list");
    }

    @Test
    void shouldOpenTheFlagDialogWithFWhileTheGridHasTheFocus() throws Exception {
        List<String> russian = review.texts(alignment).source();
        int article1 = russian.indexOf(russian.stream().filter(s -> s.startsWith("Все люди рождаются")).findFirst()
                .orElseThrow());
        StoredBead bead = review.beadWithSourceSentence(alignment, article1).orElseThrow();
        browser.open("alignments/" + alignment);
        goTo(review.positionOf(alignment, bead.id())); // the bead before: clicking a selected row would deselect it
        browser.click(By.xpath("//vaadin-grid-cell-content[starts-with(normalize-space(.), 'All human beings')]"));

        WebElement target = browser.waitFor(By.xpath("//*[@id='bead-panel']//*[@data-target-sentence]"
                + "[contains(., 'All human beings are born free')]"));
        assertThat((Boolean) browser.driver().executeScript(SELECT_WORD, target, "rights")).isTrue();
        browser.waitUntil(d -> {
            String remembered = d.findElement(By.id("bead-panel")).getDomProperty("pxSelection");
            return remembered == null || remembered.isEmpty() ? null : remembered;
        });
        browser.driver().switchTo().activeElement().sendKeys("f");

        assertThat(browser.waitFor(By.id("flag-selected-text")).getText()).isEqualTo("“rights”");
        browser.click(By.id("flag-create"));
        Flag created = browser.waitUntil(d -> flags.ofVersion(english).stream()
                .filter(f -> f.text().equals("rights")).findFirst().orElse(null));
        assertThat(browser.waitFor(By.cssSelector("#bead-panel .px-flag[data-flag='" + created.id() + "']"))
                .getText()).isEqualTo("rights");
        browser.screenshot("editor-flags-shortcut");
    }

    private void goTo(int bead) {
        WebElement field = browser.waitFor(By.cssSelector("#goto-bead input"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(bead), Keys.ENTER);
        browser.textAppears("Bead ");
    }
}
