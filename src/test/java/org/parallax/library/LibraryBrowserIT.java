package org.parallax.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.parallax.BrowserTest;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.TestUsers;

/**
 * End to end in headless Chromium: logging in, the library with the sample corpus, an import, the imported
 * paragraphs; an administrator creating a scholar, who may read but not import.
 */
class LibraryBrowserIT extends BrowserTest {

    @Test
    void shouldShowTheCorpusImportAFileAndShowItsParagraphs() throws Exception {
        browser.open("");
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        browser.screenshot("login");
        browser.loginAs(TestUsers.TRANSLATOR, TestUsers.PASSWORD);
        assertThat(browser.waitFor(By.id("current-user")).getText()).isEqualTo(TestUsers.TRANSLATOR);
        browser.textAppears("Instructions to Comrade A. I. Mikoyan");
        browser.textAppears("Telegram from Khrushchev to Mikoyan, 11 November 1962");
        browser.textAppears("Universal Declaration of Human Rights");
        browser.screenshot("library");

        browser.click(By.id("import-button"));
        WebElement work = browser.waitFor(By.cssSelector("#import-work input"));
        work.sendKeys("Telegram imported in a test", Keys.ENTER);
        Path seed = Path.of(System.getProperty("parallax.shared", "../shared"), "seeds", "002_2829070edb22a6fa.txt");
        WebElement fileInput = browser.driver().findElement(By.cssSelector("vaadin-upload"))
                .getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        fileInput.sendKeys(seed.toAbsolutePath().normalize().toString());
        browser.textAppears("002_2829070edb22a6fa.txt");
        browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-upload-file[complete]")).size() == 1);
        browser.screenshot("import-dialog");
        browser.click(By.id("import-start"));

        WebElement importedWork = browser.waitFor(By.id("work-telegram-imported-in-a-test"));
        browser.click(importedWork.findElement(By.xpath(
                ".//vaadin-grid-cell-content[normalize-space(.)='Telegram from Khrushchev to Mikoyan']")));

        List<WebElement> paragraphs = browser.waitUntil(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector(".px-paragraph"));
            return shown.isEmpty() ? null : shown;
        });
        assertThat(paragraphs).hasSize(68);
        assertThat(paragraphs.getFirst().getText()).startsWith("The following telegram from N. S. Khrushchev");
        assertThat(browser.driver().findElements(By.cssSelector(".px-sentence")).size()).isGreaterThan(100);
        browser.textAppears("Repairs (");
        browser.screenshot("imported-version");
    }

    @Test
    void shouldLetAnAdministratorCreateAScholarWhoCannotImport() throws Exception {
        browser.open("login?error");
        browser.waitFor(By.cssSelector("vaadin-login-form[error]"));
        browser.screenshot("login-error");

        browser.loginAs("admin", ParallaxIntegrationTest.ADMIN_PASSWORD);
        browser.waitFor(By.linkText("Users"));
        browser.open("admin/users");
        browser.waitFor(By.id("users-grid"));
        browser.waitFor(By.cssSelector("#new-user-name input")).sendKeys("sam");
        browser.waitFor(By.cssSelector("#new-user-password input")).sendKeys("sam-password-1");
        browser.click(browser.waitFor(By.id("new-user-create")));
        browser.textAppears("User sam created");
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='sam']"));
        browser.screenshot("users");

        // Dev mode's notice sits over the top-right corner of the header, so this click goes through script.
        browser.driver().executeScript("arguments[0].click()", browser.waitFor(By.id("logout")));
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        browser.loginAs("sam", "sam-password-1");
        browser.textAppears("Universal Declaration of Human Rights");
        assertThat(browser.driver().findElements(By.id("import-button"))).isEmpty();
        assertThat(browser.driver().findElements(By.linkText("Users"))).isEmpty();
    }
}
