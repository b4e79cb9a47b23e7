package nl.regiokompas.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The UI under its Content-Security-Policy in a real browser: nothing it does is refused (Chromium logs
 * every refusal, and every header it cannot read, to the console), live updates connect over the WebSocket
 * ('self' covers ws:), and the policy really applies (an injected inline script does not run).
 */
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    @Test
    void signingInAndFollowingAnAssessmentLiveViolatesNothing() {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "JEUGD");
        assertThat(api.get("strateeg.hou", assessment.path("?minVersion=0")).status()).isEqualTo(200);
        violations();

        browser.login("strateeg.hou");
        browser.open("#/afweging/" + assessment.assessmentId, "Afweging: Jeugd");
        browser.waitForText(By.id("verbinding"), "Live verbonden", Duration.ofSeconds(20));
        browser.open("#/besluiten", "Bestuurlijke bevestigingen");
        browser.open("#/evaluatie", "Evaluatie");

        assertThat(violations()).isEmpty();
    }

    @Test
    void anInjectedInlineScriptDoesNotRun() {
        browser.login("raadslid.wbd");
        violations();

        Object ran = browser.script("""
                const inline = document.createElement('script');
                inline.textContent = 'window.inlineScriptRan = true;';
                document.head.appendChild(inline);
                return window.inlineScriptRan === true;""");

        assertThat(ran).isEqualTo(false);
        assertThat(violations()).isNotEmpty();
    }

    @Test
    void thePrintableRecordIsStyledUnderItsOwnPolicy() {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "WMO");
        browser.login("auditor");
        violations();

        browser.driver.get(api.baseUrl() + assessment.path("/record.html"));
        browser.waitFor(By.tagName("h1"));

        assertThat(browser.driver.findElement(By.tagName("body")).getCssValue("font-family")).contains("Georgia");
        assertThat(violations()).isEmpty();
    }

    @Test
    void theApiDocumentationPageViolatesNothing() {
        browser.login("strateeg.zst");
        violations();

        browser.driver.get(api.baseUrl() + "/swagger-ui.html");
        browser.waitFor(By.cssSelector(".swagger-ui .info"));

        assertThat(violations()).isEmpty();
    }

    /** The console lines about the Content-Security-Policy or the Permissions-Policy since the last look. */
    private static List<String> violations() {
        return browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy")
                        || message.contains("Permissions-Policy") || message.contains("Permissions policy"))
                .toList();
    }

}
