package nl.regiokompas.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 11 §3 and §4 in the browser: the last bestuurder consents to a local deviation and the bestuurlijke
 * bevestiging shows the accepted exception; a bestuurder records the college's formal decision and the page shows it
 * with the decisions still missing.
 */
class ProcessBrowserTest extends BrowserTest {

    @Test
    void theLastConsentAcceptsTheDeviationAndTheBevestigingShowsTheException() {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "JEUGD");
        int revision = assessment.propose(AssessmentScenarios.REGIONAL_SCALES);
        String interventionId = assessment.intervene("ZST", "LOKALE_AFWIJKING").json().get("interventionId").asText();
        for (String gemeente : AssessmentScenarios.GEMEENTEN) {
            assertThat(assessment.confirm(gemeente, revision).status()).isEqualTo(200);
        }
        for (String gemeente : new String[] {"BUN", "HOU", "UHR"}) {
            Api.Response consent = assessment.send("bestuurder." + gemeente.toLowerCase(),
                    "/interventions/" + interventionId + "/consents", "gemeente", gemeente);
            assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
        }
        awaitProjection(assessment);

        browser.login("bestuurder.wbd");
        openAssessmentPage(assessment);
        browser.waitForText(By.id("instem-formulier"), "Instemmen met een lokale afwijking");
        browser.driver.findElement(By.cssSelector("#instem-formulier button[type='submit']")).click();

        browser.waitForText(By.id("besluit-titel"), "Bestuurlijke bevestiging");
        assertThat(browser.text(By.id("uitzonderingen"))).contains("Zeist voert Uitvoering lokaal uit.");
        assertThat(browser.text(By.id("interventie-" + interventionId))).contains("Lokale afwijking aanvaard");
        assertThat(browser.text(By.id("status"))).isEqualTo("Bestuurlijk bevestigd");
        assertThat(browser.text(By.tagName("main"))).doesNotContain("Besloten");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aBestuurderRecordsTheFormalDecisionOfTheCollegeAndSeesWhichAreStillMissing() {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "JEUGD");
        assessment.decide();
        awaitProjection(assessment);

        browser.login("bestuurder.hou");
        openAssessmentPage(assessment);
        browser.waitForText(By.id("formeel-besluit-formulier"), "Formeel besluit vastleggen");
        assertThat(browser.text(By.id("ontbrekende-besluiten"))).contains("College van B en W Houten");
        new Select(browser.driver.findElement(By.id("fb-orgaan"))).selectByValue("COLLEGE");
        browser.script("arguments[0].value = '2027-05-11'", browser.driver.findElement(By.id("fb-datum")));
        browser.driver.findElement(By.id("fb-kenmerk")).sendKeys("Z-2027-114");
        browser.driver.findElement(By.id("fb-link")).sendKeys("https://houten.nl/besluit/114");
        browser.driver.findElement(By.cssSelector("#formeel-besluit-formulier button[type='submit']")).click();

        browser.waitForText(By.id("formele-besluiten-lijst"), "kenmerk Z-2027-114");
        assertThat(browser.text(By.id("formele-besluiten-lijst"))).contains("College van B en W Houten")
                .contains("11 mei 2027");
        assertThat(browser.text(By.id("ontbrekende-besluiten"))).doesNotContain("College van B en W Houten")
                .contains("Bestuurstafel");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
