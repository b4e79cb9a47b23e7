package nl.regiokompas.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import nl.regiokompas.web.weighing.WeighingScenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A form weighing in headless Chromium, from opening it on a confirmed theme to the chosen form. */
class WeighingBrowserTest extends BrowserTest {

    @Test
    void aFormWeighingGoesFromScoresToTheConfirmedForm() {
        AssessmentScenarios.open(api, "WERK_INKOMEN").decide();

        browser.login("strateeg.bun");
        browser.open("#/vormafweging", "Vormafweging");
        browser.driver.findElement(By.cssSelector("input[name='themeCodes'][value='WERK_INKOMEN']")).click();
        browser.driver.findElement(By.cssSelector("input[name='forms'][value='NETWERK']")).click();
        browser.driver.findElement(By.cssSelector("input[name='forms'][value='CENTRUMGEMEENTE']")).click();
        browser.driver.findElement(By.cssSelector("#vormafweging-openen button[type='submit']")).click();
        browser.waitForText(By.cssSelector("main h1"), "Vormafweging Werk en inkomen");
        String weighingId = browser.driver.getCurrentUrl().replaceAll(".*#/vormafweging/", "");

        new Select(browser.driver.findElement(By.id("score-criterium"))).selectByValue("SNELHEID");
        new Select(browser.driver.findElement(By.id("score-waarde"))).selectByValue("2");
        browser.driver.findElement(By.id("score-argument")).sendKeys("Een netwerk start zonder nieuwe regeling.");
        browser.driver.findElement(By.cssSelector("#score-formulier button[type='submit']")).click();
        browser.waitForText(By.id("vormmatrix"), "Bunnik: +2");

        Api.Response houten = api.post("strateeg.hou", "/api/weighings/" + weighingId + "/scores", Api.body(
                "gemeente", "HOU", "form", "NETWERK", "criterion", "SNELHEID", "score", -1,
                "argument", "Zonder regeling weinig slagkracht."));
        assertThat(houten.status()).as(houten.toString()).isEqualTo(200);

        browser.login("programmateam");
        browser.open("#/vormafweging/" + weighingId, "Vormafweging Werk en inkomen");
        assertThat(browser.text(By.id("vormmatrix"))).contains("Houten: −1").contains("gemeenten verschillen van mening");
        browser.driver.findElement(By.id("raden-tekst")).sendKeys("De raden stellen kaders per gemeente.");
        browser.driver.findElement(By.cssSelector("#raden-formulier button[type='submit']")).click();
        browser.waitForText(By.id("vormafweging-status"), "betekent voor de raden");
        browser.driver.findElement(By.id("voorstel-onderbouwing")).sendKeys("Licht en snel.");
        browser.driver.findElement(By.cssSelector("#voorstel-formulier button[type='submit']")).click();
        browser.waitForText(By.id("actueel-voorstel"), "Revisie 1");

        WeighingScenario weighing = weighingOf(weighingId);
        for (String gemeente : new String[] {"BUN", "HOU", "UHR", "WBD"}) {
            Api.Response confirmed = weighing.confirm(gemeente, 1);
            assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        }
        weighing.document("auditor");

        browser.login("bestuurder.zst");
        browser.open("#/vormafweging/" + weighingId, "Vormafweging Werk en inkomen");
        assertThat(browser.text(By.id("bevestigingen"))).contains("Wijk bij Duurstede: bevestigd");
        browser.driver.findElement(By.cssSelector("#bevestig-formulier button[type='submit']")).click();
        browser.waitForText(By.id("vormafweging-status"), "de vorm is gekozen");
        assertThat(browser.text(By.id("gekozen-vorm"))).contains("netwerkorganisatie (revisie 1)");
        browser.screenshotOfWindow(Path.of("target", "screenshots", "vormafweging.png"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aBestuurderWithdrawsTheOwnInterventionAndIsNotOfferedToOverruleAnother() {
        WeighingScenario weighing = WeighingScenario.openOnDecided(api, "TOEZICHT");
        weighing.raadRole("NETWERK");
        weighing.propose("NETWERK");
        String houten = weighing.intervene("HOU");
        weighing.intervene("ZST");
        weighing.document("auditor");

        browser.login("bestuurder.hou");
        browser.open("#/vormafweging/" + weighing.weighingId, "Vorm TOEZICHT");
        Select intervention = new Select(browser.driver.findElement(By.id("afhandel-interventie")));
        assertThat(intervention.getOptions()).extracting(option -> option.getAttribute("value")).containsExactly(houten);
        Select outcome = new Select(browser.driver.findElement(By.id("afhandel-uitkomst")));
        assertThat(outcome.getOptions()).extracting(option -> option.getAttribute("value"))
                .contains("INGETROKKEN").doesNotContain("VERWORPEN");
        outcome.selectByValue("INGETROKKEN");
        browser.driver.findElement(By.id("afhandel-toelichting")).sendKeys("De raad is gehoord.");
        browser.driver.findElement(By.cssSelector("#afhandel-formulier button[type='submit']")).click();

        browser.waitForText(By.id("vorm-interventielijst"), "Ingetrokken");
        assertThat(browser.text(By.id("vorm-interventielijst"))).contains("Zeist").contains("Open");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private WeighingScenario weighingOf(String weighingId) {
        return WeighingScenario.of(api, weighingId);
    }
}
