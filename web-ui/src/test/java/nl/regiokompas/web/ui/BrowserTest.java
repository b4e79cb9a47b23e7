package nl.regiokompas.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
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

    /** Waits until the query side shows what the scenario did, so the page opens on that version. */
    protected void awaitProjection(AssessmentScenarios assessment) {
        Api.Response document = api.get("auditor", assessment.path("?minVersion=" + assessment.version));
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
    }

    /** Opens the page of an assessment for JEUGD opened without a title (its heading shows "Jeugd"). */
    protected void openAssessmentPage(AssessmentScenarios assessment) {
        browser.open("#/afweging/" + assessment.assessmentId, "Afweging: Jeugd");
    }
}
