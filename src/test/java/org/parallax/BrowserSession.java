package org.parallax;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver (no Selenium Manager, no downloads).
 * Screenshots go to target/screenshots so a person can look at what the tests saw.
 */
public final class BrowserSession implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;

    public BrowserSession(int port) throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("parallax.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("parallax.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.baseUrl = "http://localhost:" + port;
    }

    public void open(String path) {
        driver.get(baseUrl + "/" + path);
    }

    /** Opens the login page and logs in through Vaadin's login form, then waits until the app shell is shown. */
    public void loginAs(String username, String password) {
        open("login");
        waitFor(By.cssSelector("vaadin-login-form vaadin-text-field[name='username'] input")).sendKeys(username);
        waitFor(By.cssSelector("vaadin-login-form vaadin-password-field[name='password'] input")).sendKeys(password, Keys.ENTER);
        waitFor(By.id("current-user"));
    }

    public WebElement waitFor(By locator) {
        return waitUntil(d -> d.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Waits until the element is in the page, shown or not (e.g. scrolled out of a container). */
    public WebElement waitPresent(By locator) {
        return waitUntil(d -> d.findElements(locator).stream().findFirst().orElse(null));
    }

    /** On a timeout, leaves target/screenshots/timeout.png and timeout.html to show what the page was. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                    .until(condition);
        } catch (TimeoutException e) {
            try {
                screenshot("timeout");
                Files.writeString(SCREENSHOTS.resolve("timeout.html"), driver.getPageSource());
            } catch (IOException | RuntimeException unavailable) {
                e.addSuppressed(unavailable);
            }
            throw e;
        }
    }

    public WebElement textAppears(String text) {
        return waitFor(By.xpath("//*[contains(normalize-space(text()), " + xpathLiteral(text) + ")]"));
    }

    /**
     * Scrolls the element to the middle of the window, then clicks it as a user would; retries while a
     * notification or closing overlay still covers it.
     */
    public void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        waitUntil(d -> {
            try {
                element.click();
                return true;
            } catch (ElementClickInterceptedException covered) {
                return null;
            }
        });
    }

    /** Waits for the element to be shown, then clicks it. */
    public void click(By locator) {
        click(waitFor(locator));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
