package nl.regiokompas.web.ui;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.query.support.ProjectionGroups;
import nl.regiokompas.web.Api;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The raad's page in headless Chromium: the griffier records a kader of the own raad, and a raadslid reads it with
 * the assessments of the theme.
 */
class RaadPageBrowserTest extends BrowserTest {

    private static final String THEME = "LEERLINGENVERVOER";

    @Autowired
    private EventProcessingConfiguration processing;

    @AfterEach
    void withdrawTheKadersOfThisTest() {
        for (JsonNode kader : api.get("auditor", "/api/kaders?gemeente=WBD&themeCode=" + THEME).json()) {
            if (kader.get("inForce").asBoolean()) {
                api.post("griffier.wbd", "/api/kaders/" + kader.get("kaderId").asText() + "/withdrawal",
                        body("raadsbesluit", body("date", "2027-12-01", "reference", "RB-opruimen")));
            }
        }
    }

    @Test
    void theGriffierRecordsAKaderThatTheRaadslidReadsOnTheRaadPage() {
        browser.login("griffier.wbd");
        browser.open("#/raad", "De raad van Wijk bij Duurstede");
        recordKader("Leerlingen reizen hooguit 45 minuten.", "2027-02-11", "RB-2027-07");
        browser.waitForText(By.cssSelector("#kader-formulier [role='status']"), "Kader vastgelegd");
        browser.waitForText(By.id("raad-themas"), "Leerlingen reizen hooguit 45 minuten.");

        browser.login("raadslid.wbd");
        browser.open("#/raad", "De raad van Wijk bij Duurstede");
        browser.waitForText(By.id("raad-themas"), "Raadsbesluit RB-2027-07 van 11-02-2027");
        assertThat(browser.driver.findElements(By.id("kader-formulier"))).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        Api.Response kaders = api.get("raadslid.wbd", "/api/kaders?gemeente=WBD&themeCode=" + THEME);
        assertThat(kaders.json().get(0).get("text").asText()).isEqualTo("Leerlingen reizen hooguit 45 minuten.");
    }

    @Test
    void aKaderRecordedWhileTheRaadsProjectionIsBehindShowsOnceItCatchesUp() {
        browser.login("griffier.wbd");
        browser.open("#/raad", "De raad van Wijk bij Duurstede");
        StreamingEventProcessor raad = processing.eventProcessor(ProjectionGroups.RAAD, StreamingEventProcessor.class)
                .orElseThrow();
        raad.shutDown();
        try {
            recordKader("Haltes liggen binnen 500 meter.", "2027-02-12", "RB-2027-09");
        } finally {
            // the projection catches up a moment after the page's first reading of it, as under load
            CompletableFuture.runAsync(raad::start, CompletableFuture.delayedExecutor(1500, TimeUnit.MILLISECONDS));
        }

        browser.waitForText(By.cssSelector("#kader-formulier [role='status']"), "Kader vastgelegd");
        browser.waitForText(By.id("raad-themas"), "Haltes liggen binnen 500 meter.");
    }

    @Test
    void aWethouderConfirmingOutsideAKaderWaitsForTheRaadUntilItsVerdict() {
        Api.Response kader = api.post("griffier.wbd", "/api/kaders", body("gemeente", "WBD", "themeCode", THEME,
                "text", "Vervoer blijft gratis voor leerlingen.", "raadsbesluit",
                body("date", "2027-02-11", "reference", "RB-2027-08")));
        assertThat(kader.status()).as(kader.toString()).isEqualTo(201);
        String id = nl.regiokompas.web.raad.RaadScenario.proposed(api, THEME, java.util.List.of("WBD", "ZST")).assessmentId;

        browser.login("bestuurder.wbd");
        browser.open("#/afweging/" + id, "Afweging: Leerlingenvervoer");
        browser.waitForText(By.id("bevestig-kaders"), "Vervoer blijft gratis voor leerlingen.");
        browser.driver.findElement(By.cssSelector("label[for='kader-0-false']")).click();
        browser.driver.findElement(By.id("kader-toelichting-0")).sendKeys("Een eigen bijdrage van 5 euro.");
        browser.driver.findElement(By.cssSelector("#bevestig-formulier button[type='submit']")).click();
        browser.waitForText(By.id("bevestig-status"), "bevestigd");

        browser.login("griffier.wbd");
        browser.open("#/raad", "De raad van Wijk bij Duurstede");
        browser.waitForText(By.id("thema-" + THEME), "voorwaardelijk: wacht op het oordeel van de raad");

        JsonNode document = api.get("griffier.wbd", "/api/assessments/" + id).json();
        Api.Response verdict = api.post("griffier.wbd", "/api/assessments/" + id + "/raad-verdicts", body(
                "gemeente", "WBD", "revision", 1, "agreed", true, "raadsbesluit",
                body("date", "2027-03-04", "reference", "RB-2027-12"), "expectedVersion", document.get("version").asLong()));
        assertThat(verdict.status()).as(verdict.toString()).isEqualTo(200);
        browser.waitForText(By.id("thema-" + THEME), "Geen bevestigingen die op de raad wachten.");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Fills in and sends the griffier's kader form on the raad's page. */
    private static void recordKader(String text, String raadsbesluitDate, String reference) {
        new Select(browser.driver.findElement(By.id("kader-thema"))).selectByValue(THEME);
        browser.driver.findElement(By.id("kader-tekst")).sendKeys(text);
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('kader-datum').value = arguments[0];", raadsbesluitDate);
        browser.driver.findElement(By.id("kader-kenmerk")).sendKeys(reference);
        browser.driver.findElement(By.cssSelector("#kader-formulier button[type='submit']")).click();
    }
}
