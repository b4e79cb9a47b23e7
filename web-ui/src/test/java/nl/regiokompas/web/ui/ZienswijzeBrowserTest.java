package nl.regiokompas.web.ui;

import static nl.regiokompas.web.raad.RaadScenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.raad.RaadScenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The raden on the assessment page in headless Chromium: the programmateam opens a zienswijze period, the bestuurder's
 * confirmation waits until each griffier recorded the raad's zienswijze and then proceeds, the griffier records that
 * the raad was informed, a later revision answers the zienswijze, and the griffier records the raad's verdict on a
 * confirmation outside its kader.
 */
class ZienswijzeBrowserTest extends BrowserTest {

    private static final String THEME = "LEERLINGENVERVOER";
    private RaadScenario scenario;

    @AfterEach
    void withdrawTheKadersOfThisTest() {
        if (scenario != null) {
            scenario.withdrawKaders();
        }
    }

    private void date(String id, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, value);
    }

    private void submit(String formId) {
        browser.driver.findElement(By.cssSelector("#" + formId + " button[type='submit']")).click();
    }

    private void openAs(String user) {
        browser.login(user);
        browser.open("#/afweging/" + scenario.assessmentId, "Afweging: Leerlingenvervoer");
        browser.waitFor(By.id("raad-per-gemeente"));
    }

    @Test
    void aConfirmationWaitsForTheZienswijzenOfTheRadenAndThenProceeds() {
        scenario = RaadScenario.proposed(api, THEME, List.of("BUN", "HOU"));
        String kaderId = scenario.setKader(THEME, "BUN", "Leerlingen reizen hooguit een uur.");

        openAs("programmateam");
        browser.waitForText(By.id("raad-BUN"), "Leerlingen reizen hooguit een uur.");
        date("zienswijze-einddatum", RaadScenario.inTwoDays());
        submit("zienswijzeperiode-formulier");
        browser.waitForText(By.id("raad-status"), "De zienswijzeperiode is geopend");
        browser.waitForText(By.id("zienswijzen"), "ligt tot en met");
        assertThat(browser.driver.findElement(By.id("zienswijzeperiode-formulier")).isDisplayed()).isFalse();

        openAs("bestuurder.bun");
        browser.waitFor(By.id("bevestig-kaders"));
        browser.waitForText(By.id("zienswijzen"), "Nog geen zienswijze van: Bunnik, Houten");
        submit("bevestig-formulier");
        browser.waitForText(By.cssSelector("#bevestig-formulier .formulier__meldingen"), "voor zienswijze bij de gemeenteraden");

        openAs("griffier.bun");
        browser.driver.findElement(By.id("zienswijze-tekst")).sendKeys("Houd de reistijd kort.");
        date("zienswijze-datum", "2027-02-04");
        browser.driver.findElement(By.id("zienswijze-kenmerk")).sendKeys("RB-Z1");
        submit("zienswijze-formulier");
        browser.waitForText(By.id("raad-status"), "De zienswijze van de raad van Bunnik is vastgelegd.");
        browser.waitForText(By.id("zienswijzen"), "Houd de reistijd kort.");
        scenario.refresh();
        ok(scenario.send("griffier.hou", "/zienswijzen", "gemeente", "HOU", "text", "Geen bezwaar.",
                "raadsbesluit", Api.body("date", "2027-02-05", "reference", "RB-Z2")));

        openAs("bestuurder.bun");
        browser.waitForText(By.id("bevestig-kaders"), "Leerlingen reizen hooguit een uur.");
        submit("bevestig-formulier");
        browser.waitForText(By.id("bevestig-status"), "bevestigd");
        browser.waitForText(By.id("raad-BUN"), "ter kennisgeving");

        new Select(browser.driver.findElement(By.id("informeren-vorm"))).selectByValue("RAADSINFORMATIEBRIEF");
        date("informeren-datum", "2027-02-20");
        browser.driver.findElement(By.id("informeren-kenmerk")).sendKeys("RIB-2027-3");
        submit("raad-geinformeerd-formulier");
        browser.waitForText(By.id("raad-status"), "is geïnformeerd met een raadsinformatiebrief");
        browser.waitForText(By.id("raad-BUN"), "raadsinformatiebrief RIB-2027-3");

        scenario.refresh();
        scenario.propose("Regionaal, met een kortere reistijd.");
        openAs("strateeg.hou");
        browser.waitForText(By.cssSelector("#antwoord-zienswijze"), "Raad van Bunnik op revisie 1");
        browser.driver.findElement(By.id("antwoord-tekst")).sendKeys("De reistijd is nu een harde eis.");
        submit("zienswijze-antwoord-formulier");
        browser.waitForText(By.id("zienswijzen"), "Antwoord in revisie 2: De reistijd is nu een harde eis.");

        scenario.refresh();
        ok(scenario.send("bestuurder.bun", "/confirmations", "gemeente", "BUN", "revision", 2, "kaders",
                List.of(Api.body("kaderId", kaderId, "within", false, "explanation", "Soms langer dan een uur."))));
        openAs("griffier.bun");
        browser.waitForText(By.id("raad-BUN"), "voorwaardelijk");
        date("oordeel-datum", "2027-03-04");
        browser.driver.findElement(By.id("oordeel-kenmerk")).sendKeys("RB-O1");
        submit("raadsoordeel-formulier");
        browser.waitForText(By.id("raad-status"), "De raad van Bunnik stemt in");
        browser.waitForText(By.id("raad-BUN"), "de raad stemde in");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
