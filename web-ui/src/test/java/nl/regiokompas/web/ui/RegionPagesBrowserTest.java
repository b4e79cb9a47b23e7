package nl.regiokompas.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages of the region in headless Chromium: decisions, mandates, interventions, reflections and the
 * evaluation for readers, and the forms of the programmateam for mandates and reflections.
 */
class RegionPagesBrowserTest extends BrowserTest {

    @Test
    void readersSeeDecisionsInterventionsAndTheEvaluation() {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "WMO");
        Api.Response intervention = assessment.intervene("ZST", "BEZWAAR");
        assertThat(intervention.status()).as(intervention.toString()).isEqualTo(201);
        assessment.resolve(intervention.json().get("interventionId").asText(), "INGETROKKEN");
        assessment.decide();
        api.get("auditor", assessment.path("?minVersion=" + assessment.version));

        browser.login("raadslid.zst");
        browser.open("#/besluiten", "Bestuurlijke bevestigingen");
        browser.waitForText(By.id("besluiten"), "Wmo");
        assertThat(browser.text(By.id("besluiten"))).contains("Beleid: Regionaal").contains("Uitvoering: Lokaal");
        new Select(browser.driver.findElement(By.id("f-thema"))).selectByValue("WMO");
        new Select(browser.driver.findElement(By.id("f-schaal"))).selectByValue("BOVENREGIONAAL");
        browser.driver.findElement(By.cssSelector("#besluiten-filter button[type='submit']")).click();
        browser.waitForText(By.id("besluiten"), "Geen bevestigingen gevonden");

        browser.open("#/interventies", "Interventies");
        browser.waitForText(By.id("interventies-lijst"), "Zeist");
        assertThat(browser.text(By.id("interventies-lijst"))).contains("Bezwaar").contains("Ingetrokken");

        awaitReport("Wmo");
        browser.open("#/evaluatie", "Evaluatie");
        browser.waitForText(By.id("evaluatie"), "Wmo");
        assertThat(browser.driver.findElement(By.id("download-excel")).getText()).isEqualTo("Download voor Excel");
        assertThat(browser.driver.findElement(By.id("download-excel")).getAttribute("href"))
                .endsWith("/api/evaluation/report/spreadsheet");
        assertThat(browser.driver.findElement(By.id("download-csv")).getText()).isEqualTo("CSV (machineleesbaar)");
        assertThat(browser.driver.findElement(By.id("download-json")).getText()).isEqualTo("JSON");
        browser.driver.findElement(By.id("download-excel")).click();
        browser.waitForText(By.cssSelector("main [role='status']"), "regiokompas-evaluatierapport.csv is gedownload");
        browser.screenshotOfWindow(Path.of("target", "screenshots", "evaluatie.png"));

        browser.open("#/afweging/" + assessment.assessmentId + "/geschiedenis", "Geschiedenis");
        browser.waitForText(By.id("tijdlijn"), "Bestuurlijke bevestiging vastgelegd");
        assertThat(browser.text(By.id("tijdlijn"))).contains("Door Wethouder Zeist");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void programmateamRegistersAMandateAndRecordsAReflection() {
        browser.login("programmateam");
        browser.open("#/mandaten", "Mandaten");
        new Select(browser.driver.findElement(By.id("m-thema"))).selectByValue("LEERPLICHT");
        browser.driver.findElement(By.id("m-bestuurlijk")).sendKeys("Wethouder onderwijs Houten");
        browser.driver.findElement(By.id("m-ambtelijk")).sendKeys("Manager sociaal domein Zeist");
        browser.driver.findElement(By.id("m-ambtenaar")).sendKeys("Projectleider leerplicht");
        browser.driver.findElement(By.cssSelector("#bevoegdheden input")).sendKeys("Inkoop leerplichtfunctie");
        browser.driver.findElement(By.cssSelector("#mandaat-formulier button[type='submit']")).click();
        browser.waitForText(By.cssSelector("#mandaat-formulier .formulier__meldingen"), "Het mandaat is geregistreerd.");
        browser.waitForText(By.id("mandaten-lijst"), "Projectleider leerplicht");
        assertThat(browser.text(By.id("mandaten-lijst"))).contains("Inkoop leerplichtfunctie");
        browser.screenshotOfWindow(Path.of("target", "screenshots", "mandaten.png"));

        browser.open("#/reflecties", "Reflecties");
        browser.driver.findElement(By.cssSelector("#reflectie-formulier button[type='submit']")).click();
        browser.waitForText(By.cssSelector("#reflectie-formulier [role='alert']"), "Controleer uw invoer");
        assertThat(browser.driver.findElement(By.id("r-niveau")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver.findElement(By.id("r-niveau")).getAttribute("aria-describedby")).contains("r-niveau-fout");

        new Select(browser.driver.findElement(By.id("r-niveau"))).selectByValue("AMBTELIJK");
        browser.driver.findElement(By.cssSelector("#reflectie-formulier textarea")).sendKeys("Ja, de rollen zijn helder.");
        browser.driver.findElement(By.cssSelector("#reflectie-formulier button[type='submit']")).click();
        browser.waitForText(By.id("reflecties-lijst"), "Ja, de rollen zijn helder.");
        assertThat(browser.text(By.id("reflecties-lijst"))).contains("Werkt het zoals bedoeld?").contains("Ambtelijk");
    }

    @Test
    void programmateamAmendsAndThenEndsAMandateInThePage() {
        Api.Response registered = api.post("programmateam", "/api/mandates", Api.body(
                "themeCode", "WMO", "bestuurlijkOpdrachtgever", "Wethouder zorg Bunnik",
                "ambtelijkOpdrachtgever", "Manager Wmo Bunnik", "ambtenaar50", "Projectleider Wmo",
                "powers", java.util.List.of(Api.body("decision", "Inkoop hulp bij het huishouden",
                        "holderRole", "BESTUURLIJK_OPDRACHTGEVER"))));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().get("mandateId").asText();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> api.get("programmateam", "/api/mandates").body().contains(id));

        browser.login("programmateam");
        browser.open("#/mandaten", "Mandaten");
        By mandate = By.id("mandaat-" + id);
        browser.waitForText(mandate, "Wethouder zorg Bunnik");

        browser.driver.findElement(By.cssSelector("#wijzig-" + id + " summary")).click();
        WebElement holder = browser.waitFor(By.id("wijzig-" + id + "-bestuurlijk"));
        assertThat(holder.getAttribute("value")).as("the form starts from the mandate").isEqualTo("Wethouder zorg Bunnik");
        holder.clear();
        holder.sendKeys("Wethouder zorg Houten");
        browser.driver.findElement(By.id("wijzig-" + id + "-reden")).sendKeys("Portefeuillewissel na de verkiezingen.");
        browser.driver.findElement(By.cssSelector("#wijzig-" + id + "-formulier button[type='submit']")).click();

        browser.waitForText(By.id("mandaten-status"), "Het mandaat voor Wmo is gewijzigd.");
        browser.waitForText(mandate, "Wethouder zorg Houten");
        browser.waitForFocus("mandaten-status");
        assertThat(browser.driver.findElement(mandate).getAttribute("textContent"))
                .contains("Gewijzigd").contains("Portefeuillewissel na de verkiezingen.")
                .contains("Inkoop hulp bij het huishouden");

        browser.driver.findElement(By.cssSelector("#beeindig-" + id + " summary")).click();
        browser.waitFor(By.id("beeindig-" + id + "-reden")).sendKeys("Taak overgedragen aan de regio.");
        browser.driver.findElement(By.cssSelector("#beeindig-" + id + "-formulier button[type='submit']")).click();

        browser.waitForText(By.id("mandaten-status"), "Het mandaat voor Wmo is beëindigd.");
        browser.waitForText(By.cssSelector("#mandaat-" + id + " h3"), "(beëindigd)");
        assertThat(browser.driver.findElement(mandate).getAttribute("textContent"))
                .contains("Beëindigd").contains("Taak overgedragen aan de regio.");
        assertThat(browser.all(By.id("wijzig-" + id))).as("an ended mandate is not amended").isEmpty();
        browser.waitForFocus("mandaten-status");
    }

    /** The report's projection follows the events on its own processor: waits until the report names the text. */
    private void awaitReport(String text) {
        for (int attempt = 0; attempt < 60; attempt++) {
            if (api.get("auditor", "/api/evaluation/report").body().contains(text)) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
