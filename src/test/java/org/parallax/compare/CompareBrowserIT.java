package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.parallax.BrowserTest;
import org.parallax.TestUsers;

/** End to end in headless Chromium: Jonah in three versions side by side, then a search with aligned hits. */
class CompareBrowserIT extends BrowserTest {

    @BeforeEach
    void logIn() throws Exception {
        browser.loginAs(TestUsers.TRANSLATOR, TestUsers.PASSWORD);
    }

    @Test
    void shouldShowJonahInThreeVersionsWithDifferencesHighlightedAndFindAlignedHits() throws Exception {
        browser.open("compare/jonah?versions=kjv,web-derived,rv1909");

        browser.waitFor(By.id("heat-strip"));
        cellWith("Now the word of the LORD came");
        List<WebElement> changes = browser.waitUntil(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector("#comparison .px-diff-change"));
            return shown.isEmpty() ? null : shown;
        });
        assertThat(changes).extracting(WebElement::getText).contains("unto", "to");
        assertThat(browser.driver().findElements(By.cssSelector("#heat-strip .px-heat-cell")).size())
                .isGreaterThan(10);
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-grid-cell-content [lang=es]")).size())
                .isGreaterThan(3);
        browser.screenshot("compare-jonah");

        List<WebElement> cells = browser.driver().findElements(By.cssSelector("#heat-strip .px-heat-cell"));
        browser.click(cells.getLast());
        cellWith("And should not I spare Nineveh, that great city");
        browser.screenshot("compare-jonah-end");

        browser.open("search");
        WebElement query = browser.waitFor(By.cssSelector("#search-query input"));
        query.sendKeys("Nineveh", Keys.ENTER);
        List<WebElement> matches = browser.waitUntil(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector("#search-hits .px-kwic-match"));
            return shown.isEmpty() ? null : shown;
        });
        assertThat(matches).extracting(WebElement::getText).containsOnly("Nineveh");
        assertThat(browser.waitFor(By.id("search-status")).getText()).contains("sentences match");
        List<WebElement> aligned = browser.waitUntil(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector("#search-hits .px-aligned"));
            return shown.isEmpty() ? null : shown;
        });
        assertThat(aligned).extracting(WebElement::getText).anySatisfy(text -> assertThat(text).contains("Nínive"));
        browser.screenshot("search-nineveh");
    }

    private WebElement cellWith(String text) {
        return browser.waitUntil(d -> d.findElements(By.cssSelector("#comparison .px-side")).stream()
                .filter(cell -> contains(cell, text)).findFirst().orElse(null));
    }

    /** The grid re-renders its rows while scrolling: a cell seen a moment ago may be gone. */
    private static boolean contains(WebElement cell, String text) {
        try {
            return cell.getText().contains(text);
        } catch (StaleElementReferenceException gone) {
            return false;
        }
    }

    @Test
    void shouldCompareAndSearchTheDeclarationInLatinCyrillicAndChineseScript() throws Exception {
        browser.open("compare/udhr?versions=en,ru,zh-Hans");

        browser.waitFor(By.id("heat-strip"));
        browser.textAppears("Universal Declaration of Human Rights");
        assertThat(browser.waitFor(By.cssSelector("vaadin-grid-cell-content [lang=ru]")).getText()).isNotBlank();
        browser.screenshot("compare-udhr");

        browser.open("search");
        browser.waitFor(By.cssSelector("#search-query input")).sendKeys("人人", Keys.ENTER);
        assertThat(browser.waitFor(By.cssSelector("#search-hits .px-kwic-match")).getText()).contains("人");
        browser.screenshot("search-cjk");
    }
}
