package org.parallax.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.parallax.BrowserSession;
import org.parallax.BrowserTest;
import org.parallax.TestUsers;
import org.parallax.library.LibraryService;
import org.parallax.library.WorkSummary;
import org.parallax.users.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;

/** End to end in headless Chromium: review the UDHR English–Russian alignment and see every change persist. */
class AlignmentEditorBrowserIT extends BrowserTest {

    @Autowired
    AlignmentJobs jobs;

    @Autowired
    ReviewService review;

    @Autowired
    LibraryService library;

    long alignment;
    int beads;

    @BeforeEach
    void alignUdhrAndOpenBrowser() throws Exception {
        WorkSummary udhr = library.work("udhr").orElseThrow();
        long sourceId = udhr.version("en").orElseThrow().id();
        long targetId = udhr.version("ru").orElseThrow().id();
        alignment = SystemAuthentication.call(() -> jobs.alignNow(sourceId, targetId, "aligner",
                done -> { }, new AtomicBoolean()));
        beads = review.count(alignment, BeadFilter.ALL);
        browser.loginAs(TestUsers.EDITOR, TestUsers.PASSWORD);
    }

    @Test
    void shouldApproveMergeSplitUndoAndKeepItAllAfterAReload() throws Exception {
        browser.open("alignments/" + alignment);
        browser.textAppears("Universal Declaration of Human Rights ↔ Всеобщая декларация прав человека");
        assertThat(progressText()).contains("0 of " + beads + " beads");

        goTo(1);
        browser.click(By.id("bead-approve"));
        browser.waitUntil(d -> progressText().contains("1 of " + beads + " beads") ? true : null);
        browser.screenshot("editor-approved");

        goTo(3);
        browser.click(By.id("bead-merge-next"));
        browser.waitUntil(d -> progressText().contains("of " + (beads - 1) + " beads") ? true : null);
        browser.textAppears("Bead 2-2");

        browser.click(By.id("bead-split"));
        browser.click(By.id("split-apply"));
        browser.waitUntil(d -> progressText().contains("of " + beads + " beads") ? true : null);

        browser.click(By.id("undo"));
        browser.waitUntil(d -> progressText().contains("of " + (beads - 1) + " beads") ? true : null);

        browser.driver().navigate().refresh();
        browser.waitUntil(d -> progressText().contains("1 of " + (beads - 1) + " beads") ? true : null);
        goTo(3);
        browser.textAppears("Bead 2-2");
        browser.screenshot("editor-after-reload");
        assertThat(review.history(alignment, review.page(alignment, BeadFilter.ALL, 2, 1).getFirst().id()))
                .extracting(BeadChange::operation).contains("merge", "split");
    }

    @Test
    void shouldEditASentenceKeepItAfterAReloadAndUndoIt() throws Exception {
        long english = review.alignment(alignment).orElseThrow().sourceVersionId();
        String title = library.version(english).orElseThrow().sentenceTexts().getFirst();
        String edited = title + " (edited in the browser)";
        browser.open("alignments/" + alignment);
        goTo(1);

        browser.click(By.id("bead-edit-sentence"));
        WebElement text = browser.waitFor(By.cssSelector("#sentence-text textarea"));
        assertThat(text.getDomProperty("value")).isEqualTo(title);
        text.sendKeys(Keys.END, " (edited in the browser)");
        browser.click(By.id("sentence-save"));
        browser.waitUntil(d -> library.version(english).orElseThrow().sentenceTexts().getFirst().equals(edited)
                ? true : null);

        browser.driver().navigate().refresh();
        goTo(1);
        browser.textAppears(edited);
        browser.screenshot("editor-sentence-edited");

        browser.click(By.id("undo"));
        browser.waitUntil(d -> library.version(english).orElseThrow().sentenceTexts().getFirst().equals(title)
                ? true : null);
    }

    @Test
    void shouldNotLoseEitherOfTwoConcurrentChangesToOneBead() throws Exception {
        try (BrowserSession second = new BrowserSession(port)) {
            second.loginAs(TestUsers.EDITOR, TestUsers.PASSWORD);
            browser.open("alignments/" + alignment);
            second.open("alignments/" + alignment);
            goTo(browser, 5);
            goTo(second, 5);

            browser.click(By.id("bead-approve"));
            browser.waitUntil(d -> progressText().contains("1 of " + beads + " beads") ? true : null);
            second.click(By.id("bead-reject"));

            StoredBead fifth = review.page(alignment, BeadFilter.ALL, 4, 1).getFirst();
            var operations = review.history(alignment, fifth.id()).stream().map(BeadChange::operation).toList();
            assertThat(operations).contains("approve");
            if (!operations.contains("reject")) {
                second.textAppears("changed by someone else");
            }
            second.screenshot("editor-concurrent");
        }
    }

    @Test
    void shouldRefuseATranslatorsApprovalOnTheServer() throws Exception {
        try (BrowserSession translator = new BrowserSession(port)) {
            translator.loginAs(TestUsers.TRANSLATOR, TestUsers.PASSWORD);
            translator.open("alignments/" + alignment);
            goTo(translator, 1);

            translator.click(By.id("bead-approve"));

            translator.textAppears("Not allowed: only an editor can approve or reject");
            translator.screenshot("editor-translator-refused");
            assertThat(review.page(alignment, BeadFilter.ALL, 0, 1).getFirst().status())
                    .isEqualTo(org.parallax.core.review.BeadStatus.AUTO);
        }
    }

    private String progressText() {
        return browser.driver().findElement(By.id("review-progress-text")).getText();
    }

    private void goTo(int bead) {
        goTo(browser, bead);
    }

    private static void goTo(BrowserSession session, int bead) {
        WebElement field = session.waitFor(By.cssSelector("#goto-bead input"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(bead), Keys.ENTER);
        session.textAppears("Bead ");
    }
}
