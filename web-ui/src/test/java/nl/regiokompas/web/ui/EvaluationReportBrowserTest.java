package nl.regiokompas.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.regiokompas.web.assessment.AssessmentScenarios;
import nl.regiokompas.web.evaluation.ReportHistory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The evaluation report page (#/evaluatie): the region's four questions as sections, charts whose pictures load and
 * whose data tables open from the keyboard, two periods side by side, and a period that holds nothing.
 */
class EvaluationReportBrowserTest extends BrowserTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private TransactionTemplate transactions;

    private static final String PROMPTS_LAST = "Worden mandaten gevolgd, of wordt er lokaal geïntervenieerd?";

    @Test
    void theReportAnswersTheFourQuestionsWithChartsWhoseDataIsOneKeyPressAway() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        String interventionId = jeugd.intervene("ZST", "BEZWAAR").json().get("interventionId").asText();
        jeugd.resolve(interventionId, "INGETROKKEN");
        jeugd.decide();
        awaitProjection(jeugd);
        browser.login("raadslid.bun");

        browser.open("#/evaluatie", "Evaluatierapport");
        browser.waitFor(By.id("vraag-4"));

        assertThat(browser.text(By.id("evaluatie"))).contains("1. Werkt het zoals bedoeld?",
                "2. Doen we de juiste dingen?", "3. Zijn de rollen helder", "4. " + PROMPTS_LAST,
                "Doorlooptijden", "Lokale interventies", "Reflecties op deze vraag");
        WebElement picture = browser.waitFor(By.cssSelector("#grafiek-doorlooptijden img"));
        assertThat(picture.getAttribute("alt")).startsWith("Grafiek: Doorlooptijd per thema");
        Object loaded = browser.script("const img = document.querySelector('#grafiek-doorlooptijden img');"
                + "return img.complete && img.naturalWidth > 0;");
        assertThat(loaded).as("the SVG picture loaded").isEqualTo(true);

        browser.script("document.querySelector('#grafiek-interventies summary').focus()");
        browser.press(Keys.ENTER);
        WebElement table = browser.waitFor(By.cssSelector("#grafiek-interventies details table"));
        assertThat(table.findElement(By.tagName("caption")).getText()).startsWith("Gegevens: Lokale interventies per gemeente");
        assertThat(table.findElements(By.cssSelector("thead th[scope='col']"))).isNotEmpty();
        assertThat(Axe.violations(browser)).as("axe-core on the report with a data table open").isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aSecondPeriodIsShownSideBySideWithTheDifferencesCalledOut() {
        browser.login("bestuurder.hou");
        browser.open("#/evaluatie", "Evaluatierapport");
        browser.waitFor(By.id("vraag-1"));
        setDate("e-van", "2026-01-01");
        setDate("e-vergelijk-van", "2020-01-01");
        setDate("e-vergelijk-tot", "2026-01-01");
        browser.driver.findElement(By.cssSelector("#evaluatie-periode button[type='submit']")).click();

        browser.waitForText(By.id("verschillen"), "Vergeleken");
        assertThat(browser.driver.findElements(By.cssSelector("#verschillen table th[scope='col']")).stream()
                .map(WebElement::getText).toList()).contains("Cijfer", "Verschil");
        assertThat(browser.driver.findElement(By.id("download-document")).getAttribute("href"))
                .contains("/api/evaluation/report.html?", "compareFrom=2020-01-01");
        assertThat(Axe.violations(browser)).as("axe-core on two periods side by side").isEmpty();
    }

    @Test
    void aPeriodThatHoldsNothingStillReadsAsAReport() {
        browser.login("auditor");
        browser.open("#/evaluatie", "Evaluatierapport");
        browser.waitFor(By.id("vraag-1"));
        showPeriod("1990-01-01", "1991-01-01");

        browser.waitForText(By.id("rapport-periode"), "1990");
        assertThat(browser.text(By.id("evaluatie"))).contains("geen in deze periode",
                "Geen reflecties op deze vraag in deze periode.");
        assertThat(Axe.violations(browser)).as("axe-core on an empty report").isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theRaadsInvolvementReadsAsDutchWithItsTimelinessChartAndTables() {
        ReportHistory history = ReportHistory.appendedOnce(eventStore, transactions);
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("raadslid.bun",
                        "/api/evaluation/report?from=1991-01-01&to=1993-01-01").json().at("/raad/perTheme")
                .findValuesAsText("code").contains(history.theme));
        browser.login("raadslid.bun");
        browser.open("#/evaluatie", "Evaluatierapport");
        browser.waitFor(By.id("vraag-1"));
        showPeriod("1991-01-01", "1993-01-01");

        browser.waitForText(By.id("rapport-periode"), "1991");
        assertThat(browser.text(By.id("evaluatie"))).contains("De raden stelden", "De raad per gemeente",
                "De raad per thema", "Niet binnen de termijn", "Nog niet geïnformeerd");
        browser.script("document.querySelector('#grafiek-raad summary').focus()");
        browser.press(Keys.ENTER);
        WebElement table = browser.waitFor(By.cssSelector("#grafiek-raad details table"));
        assertThat(table.findElement(By.tagName("caption")).getText())
                .isEqualTo("Gegevens: Tijdigheid van het informeren van de raad per gemeente");
        assertThat(table.getText()).contains("Houten", "Te laat geïnformeerd");
        assertThat(browser.waitFor(By.cssSelector("#grafiek-raad img")).getAttribute("alt"))
                .startsWith("Grafiek: Tijdigheid van het informeren van de raad");
        assertThat(Axe.violations(browser)).as("axe-core on the raad's section with its data table open").isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /**
     * Makes docs/images/evaluation-report.png from an application started by hand with the demo history, only when
     * asked: {@code -Dregiokompas.screenshot.port=18195} (see docs/ui.md, *Evaluatierapport*).
     */
    @Test
    void screenshotOfTheReportWithTheDemoHistory() {
        String port = System.getProperty("regiokompas.screenshot.port");
        Assumptions.assumeTrue(port != null, "only when a demo application is named");
        browser.at(Integer.parseInt(port));
        browser.login("raadslid.bun");
        browser.open("#/evaluatie", "Evaluatierapport");
        browser.waitFor(By.cssSelector("#grafiek-interventies img"));
        browser.script("document.querySelector('#grafiek-doorlooptijden details').open = true");
        browser.screenshotOfWindow(Path.of("target", "screenshots", "evaluation-report-top.png"));
        browser.script("document.getElementById('vraag-1').scrollIntoView()");
        browser.screenshotOfWindow(Path.of("target", "screenshots", "evaluation-report.png"));
        assertThat(Map.of("demo", Axe.violations(browser))).isEqualTo(Map.of("demo", List.of()));
    }

    private void showPeriod(String from, String to) {
        setDate("e-van", from);
        setDate("e-tot", to);
        browser.driver.findElement(By.cssSelector("#evaluatie-periode button[type='submit']")).click();
    }

    private void setDate(String id, String value) {
        browser.script("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }
}
