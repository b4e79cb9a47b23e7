package nl.regiokompas.web.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * One headless Chromium driven by Selenium, with the steps the browser tests share: signing in through
 * the login form, opening a page of the single-page app and waiting for it, pressing keys, screenshots.
 * Uses Debian's chromium and chromedriver, so Selenium Manager never downloads anything.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration PATIENCE = Duration.ofSeconds(30);
    /**
     * How often a wait looks again. Selenium's default of 500 ms rounds every page load up to the next half
     * second, and the browser tests wait for hundreds of them; a look is one cheap round trip to chromedriver.
     */
    static final Duration LOOK_AGAIN = Duration.ofMillis(50);

    final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;
    private String baseUrl;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = waiting(PATIENCE);
    }

    /** A wait that looks again when the page was replaced while it looked (a navigation, a re-render). */
    private WebDriverWait waiting(Duration patience) {
        WebDriverWait waiting = new WebDriverWait(driver, patience, LOOK_AGAIN);
        waiting.ignoring(StaleElementReferenceException.class);
        return waiting;
    }

    /** True when the browser binaries are installed (CI installs them; a developer machine may not have them). */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static Browser start() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("regiokompas-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--lang=nl-NL",
                    "--user-data-dir=" + profile.toAbsolutePath());
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(1400, 1000));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Browser at(int port) {
        this.baseUrl = "http://localhost:" + port;
        return this;
    }

    /** Signs out whoever was signed in and signs in through the login form; waits for the overview. */
    void login(String user) {
        driver.get(baseUrl + "/login");
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form[action='/login'] button[type='submit']")).click();
        waitUntilLoaded();
        script("window.localStorage.setItem('regiokompas.debug', 'ja')");
        console();
    }

    void waitUntilLoaded() {
        try {
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-geladen", "ja"));
        } catch (TimeoutException e) {
            throw new AssertionError("The page did not finish loading: " + driver.getCurrentUrl()
                    + "\nConsole:\n" + console(), e);
        }
    }

    /** What the page wrote to the browser console, for the message of a failing test. */
    String console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::toString).collect(Collectors.joining("\n"));
    }

    /** Opens a hash route of the app (for example {@code #/afweging/ID}) and waits for its heading. */
    void open(String route, String headingText) {
        driver.get("about:blank");
        driver.get(baseUrl + "/" + route);
        waitUntilLoaded();
        waitForText(By.cssSelector("main h1"), headingText);
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForText(By by, String text) {
        waitForText(by, text, PATIENCE);
    }

    void waitForText(By by, String text, Duration patience) {
        try {
            waiting(patience).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (TimeoutException e) {
            throw new AssertionError("No text '" + text + "' in " + by + " on " + driver.getCurrentUrl()
                    + "\nIt shows: " + shownText(by) + "\nConsole:\n" + console(), e);
        }
    }

    private String shownText(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).findFirst().orElse("(no such element)");
    }

    void waitUntilHidden(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    String text(By by) {
        return wait.until(page -> page.findElement(by).getText());
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Waits until the element with this id has the focus: a page moves it once the step it announces is done. */
    void waitForFocus(String id) {
        try {
            wait.until(page -> id.equals(focused().getAttribute("id")));
        } catch (TimeoutException e) {
            throw new AssertionError("The focus is not on #" + id + " but on <" + focused().getTagName() + " id='"
                    + focused().getAttribute("id") + "'> on " + driver.getCurrentUrl(), e);
        }
    }

    /** Sends keys to whatever has the focus, as a keyboard user would. */
    void press(CharSequence... keys) {
        focused().sendKeys(keys);
    }

    /** Presses Tab until the element with this id has the focus; fails when it is not reachable. */
    void tabTo(String id, int maxTabs) {
        for (int i = 0; i < maxTabs; i++) {
            if (id.equals(focused().getAttribute("id"))) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Not reachable with Tab within " + maxTabs + " steps: #" + id);
    }

    /**
     * With the keyboard only, from the top of the page: Tab to a field, type into it, Tab once more to the button
     * with this label and press Enter.
     */
    void typeAndSendWithKeys(String fieldId, int maxTabs, String text, String buttonLabel) {
        press(Keys.TAB);
        tabTo(fieldId, maxTabs);
        press(text);
        press(Keys.TAB);
        if (!buttonLabel.equals(focused().getText())) {
            throw new AssertionError("After #" + fieldId + " Tab reaches '" + focused().getText() + "', not '" + buttonLabel + "'");
        }
        press(Keys.ENTER);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** A screenshot of what the window shows now. */
    void screenshotOfWindow(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Script errors the page logged to the console since the last look (SEVERE), as text. Refused
     * requests (4xx) that Chromium logs as "Failed to load resource" are part of normal flows and left out.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .filter(entry -> !entry.getMessage().contains("Failed to load resource"))
                .map(LogEntry::toString).toList();
    }

    /** A screenshot of the whole page (the window is made as tall as the page for the moment). */
    void screenshot(Path file) {
        try {
            Dimension size = driver.manage().window().getSize();
            Number height = (Number) script("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(size.getWidth(), Math.min(height.intValue() + 150, 8000)));
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
