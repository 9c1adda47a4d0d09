package org.parallax.flags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parallax.BrowserTest;
import org.parallax.TestUsers;
import org.parallax.core.flags.FlagCategory;
import org.springframework.beans.factory.annotation.Autowired;

/** End to end in headless Chromium: a seed document shows "prove" flagged as доказать, and an editor approves it. */
class FlagsBrowserIT extends BrowserTest {

    @Autowired
    FlagService flags;

    @BeforeEach
    void logIn() throws Exception {
        browser.loginAs(TestUsers.EDITOR, TestUsers.PASSWORD);
    }

    @Test
    void shouldShowProveFlaggedAsDokazatAndLetAnEditorApproveIt() throws Exception {
        Flag prove = flags.find(new FlagQuery(FlagCategory.SOURCE_TERM_KEPT.name(), null, "prove", null)).getFirst();
        browser.open("versions/" + prove.versionId());

        WebElement mark = browser.waitFor(By.cssSelector(".px-flag[data-flag='" + prove.id() + "']"));
        assertThat(mark.getText()).isEqualTo("prove");
        assertThat(mark.getDomAttribute("title")).isEqualTo("Source term kept: доказать [dokazat’] (proposed)");
        browser.click(mark);
        browser.screenshot("flags-in-text");

        WebElement flagsTab = browser.waitPresent(By.xpath("//vaadin-tab[starts-with(normalize-space(.), 'Flags')]"));
        assertThat(flagsTab.getText()).isEqualTo("Flags (11)");
        browser.click(flagsTab);
        WebElement row = browser.waitFor(By.xpath("//vaadin-grid-cell-content[.//span[@data-flag='" + prove.id()
                + "']]"));
        assertThat(row.getText()).isEqualTo("prove");
        browser.click(By.id("flag-approve-" + prove.id()));
        browser.waitUntil(d -> flags.find(new FlagQuery(FlagCategory.SOURCE_TERM_KEPT.name(), FlagStatus.APPROVED,
                "prove", null)).isEmpty() ? null : true);
        browser.screenshot("flags-approved");
    }
}
