package nl.regiokompas.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import nl.regiokompas.web.assessment.AssessmentScenarios;
import nl.regiokompas.web.weighing.WeighingScenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The weighing page live between two users, and the raden's forms on it (with axe-core). */
class WeighingLiveBrowserTest extends BrowserTest {

    private static final String HEADING = "Vorm TOEZICHT";

    @Test
    void twoStrategenSeeEachOthersScoresWithoutReloading() {
        WeighingScenario weighing = WeighingScenario.openOnDecided(api, "TOEZICHT");
        weighing.document("auditor");
        browser.login("strateeg.hou");
        browser.open("#/vormafweging/" + weighing.weighingId, HEADING);

        try (Browser other = Browser.start().at(port)) {
            other.login("strateeg.bun");
            other.open("#/vormafweging/" + weighing.weighingId, HEADING);
            score(other, "SNELHEID", "2", "Een netwerk start zonder nieuwe regeling.");
            other.waitForText(By.id("vormmatrix"), "Bunnik: +2");

            browser.waitForText(By.id("vormmatrix"), "Bunnik: +2", Duration.ofSeconds(15));
            score(browser, "SNELHEID", "-1", "Zonder regeling weinig slagkracht.");

            other.waitForText(By.id("vormmatrix"), "Houten: −1", Duration.ofSeconds(15));
            assertThat(other.text(By.id("vormmatrix"))).contains("gemeenten verschillen van mening");
            assertThat(other.consoleErrors()).isEmpty();
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theProgrammateamAsksTheRadenAndAGriffierRecordsTheZienswijzeWithoutAxeViolations() {
        WeighingScenario weighing = WeighingScenario.openOnDecided(api, "TOEZICHT");
        weighing.raadRole("NETWERK");
        weighing.propose("NETWERK");
        weighing.document("auditor");

        browser.login("programmateam");
        browser.open("#/vormafweging/" + weighing.weighingId, HEADING);
        browser.waitFor(By.id("zienswijzeperiode-formulier"));
        assertThat(Axe.violations(browser)).as("axe-core, zienswijzeperiode").isEmpty();
        setDate("zienswijze-tot", LocalDate.now().plusDays(30).toString());
        browser.driver.findElement(By.cssSelector("#zienswijzeperiode-formulier button[type='submit']")).click();
        browser.waitForText(By.id("zienswijzeperiode"), "ligt tot en met");

        browser.login("griffier.hou");
        browser.open("#/vormafweging/" + weighing.weighingId, HEADING);
        browser.waitFor(By.id("zienswijze-formulier"));
        assertThat(Axe.violations(browser)).as("axe-core, zienswijze").isEmpty();
        browser.driver.findElement(By.id("zienswijze-tekst")).sendKeys("De raad vraagt een evaluatie na twee jaar.");
        setDate("zienswijze-besluit-datum", "2027-03-04");
        browser.driver.findElement(By.id("zienswijze-besluit-kenmerk")).sendKeys("RB-2027-12");
        browser.driver.findElement(By.cssSelector("#zienswijze-formulier button[type='submit']")).click();
        browser.waitForText(By.id("zienswijzen"), "Raad van Houten (revisie 1)");
        assertThat(browser.text(By.id("vorm-geschiedenis-sectie"))).contains("Zienswijze van de raad van Houten");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theAssessmentPageShowsTheFormChosenForItsDecisionWithALinkToTheWeighing() {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "JEUGD");
        assertThat(assessment.decide().status()).isEqualTo(200);
        WeighingScenario weighing = WeighingScenario.open(api, "JEUGD");
        weighing.raadRole("NETWERK");
        int revision = weighing.propose("NETWERK");
        for (String gemeente : AssessmentScenarios.GEMEENTEN) {
            assertThat(weighing.confirm(gemeente, revision).status()).isEqualTo(200);
        }
        weighing.document("auditor");

        browser.login("raadslid.bun");
        openAssessmentPage(assessment);

        browser.waitForText(By.id("vorm-uit-afweging"), "gekozen in de vormafweging");
        assertThat(browser.driver.findElement(By.cssSelector("#vorm-uit-afweging a")).getAttribute("href"))
                .endsWith("#/vormafweging/" + weighing.weighingId);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** A date field's value as the form reads it, whatever the browser's locale shows. */
    private static void setDate(String id, String isoDate) {
        browser.script("arguments[0].value = arguments[1];", browser.driver.findElement(By.id(id)), isoDate);
    }

    private static void score(Browser user, String criterion, String value, String argument) {
        new Select(user.driver.findElement(By.id("score-criterium"))).selectByValue(criterion);
        new Select(user.driver.findElement(By.id("score-waarde"))).selectByValue(value);
        user.driver.findElement(By.id("score-argument")).sendKeys(argument);
        user.driver.findElement(By.cssSelector("#score-formulier button[type='submit']")).click();
    }
}
