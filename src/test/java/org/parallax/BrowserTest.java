package org.parallax;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.parallax.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An end-to-end test in headless Chromium against the app on a random port. Before each test the test users exist
 * and a browser is open (not logged in); after it, a screenshot of the last page goes to target/screenshots, named
 * after the test class, so a failure can be looked at.
 */
@ParallaxBrowserTest
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected UserService users;

    protected BrowserSession browser;

    @BeforeEach
    void openBrowser() throws Exception {
        TestUsers.ensure(users);
        browser = new BrowserSession(port);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.screenshot(getClass().getSimpleName() + "-last");
        browser.close();
    }
}
