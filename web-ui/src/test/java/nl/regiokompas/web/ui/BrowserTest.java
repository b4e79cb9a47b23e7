package nl.regiokompas.web.ui;

import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the browser tests: one headless Chromium per test class, pointed at the shared test server.
 * Skipped where Debian's chromium and chromedriver are not installed (CI installs them).
 */
abstract class BrowserTest extends IntegrationTest {

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed in /usr/bin");
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void pointBrowserAtServer() {
        browser.at(port);
    }
}
