package nl.regiokompas.web.ui;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.framework.FrameworkProposals;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.StreamSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The route in the browser: a bestuurder lands on the route page; all five bestuurders adopt a new framework
 * version on the Kader page; a strateeg scores a theme and the programmateam records the Bestuurstafel's order.
 */
class RouteBrowserTest extends BrowserTest {

    @Test
    void allFiveBestuurdersAdoptANewFrameworkVersion() {
        String principle = "Samen leren " + UUID.randomUUID();
        Api.Response proposed = api.post("programmateam", "/api/framework/proposals",
                FrameworkProposals.withNewPrinciple(api, principle, "Leren als principe"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        int version = proposed.json().get("version").asInt();

        for (String gemeente : List.of("BUN", "HOU", "UHR", "WBD", "ZST")) {
            browser.login("bestuurder." + gemeente.toLowerCase());
            browser.waitForText(By.cssSelector("main h1"), "Route van de regio");
            browser.driver.findElement(By.cssSelector(".navigatie a[data-route='kader']")).click();
            browser.waitForText(By.cssSelector("main h1"), "Afwegingskader");
            browser.waitForText(By.id("voorstel-" + version), principle);
            browser.driver.findElement(By.cssSelector("#vaststellen-" + version + "-" + gemeente
                    + " button[type='submit']")).click();
            browser.waitForText(By.id("kader-melding"), "is vastgesteld voor");
        }

        browser.waitForText(By.id("kader-melding"), "is nu in werking");
        browser.waitForText(By.id("voorstel-" + version + "-titel"), "In werking");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get("strateeg.bun", "/api/framework").json().get("version").asInt()).isEqualTo(version));
    }

    @Test
    void aStrateegScoresAThemeAndTheProgrammateamOrdersTheAgenda() {
        String code = "THEMA_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String name = "Armoede " + code.substring(6);
        Api.Response added = api.post("programmateam", "/api/route/themes",
                body("themeCode", code, "name", name, "description", "Armoedebeleid en schuldhulp"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        browser.login("strateeg.hou");
        browser.open("#/route", "Route van de regio");
        browser.waitForText(By.id("route-tabel"), name);
        new Select(browser.driver.findElement(By.id("score-thema"))).selectByValue(code);
        new Select(browser.driver.findElement(By.id("score-urgentie"))).selectByValue("5");
        new Select(browser.driver.findElement(By.id("score-kansrijk"))).selectByValue("4");
        browser.driver.findElement(By.id("score-onderbouwing")).sendKeys("Meer inwoners met schulden.");
        browser.driver.findElement(By.cssSelector("#score-formulier button[type='submit']")).click();
        browser.waitForText(By.id("route-" + code), "Meer inwoners met schulden.");
        assertThat(browser.driver.findElement(By.id("route-" + code)).getText()).contains("Houten");

        browser.login("programmateam");
        browser.open("#/route", "Route van de regio");
        browser.waitFor(By.id("bt-plaats-" + code));
        browser.script("document.querySelectorAll('#bestuurstafel-formulier input[name=plaats]')"
                + ".forEach(place => { place.value = ''; })");
        browser.driver.findElement(By.id("bt-plaats-" + code)).sendKeys("1");
        browser.driver.findElement(By.id("bt-ronde-" + code)).click();
        browser.script("document.getElementById('bt-datum').value = '2027-05-12'");
        browser.driver.findElement(By.cssSelector("#bestuurstafel-formulier button[type='submit']")).click();
        browser.waitForText(By.cssSelector("#bestuurstafel-formulier .melding--succes"), "vastgelegd");
        browser.waitForText(By.id("route-" + code), "In de huidige ronde", Duration.ofSeconds(100));
        assertThat(browser.driver.findElement(By.cssSelector("#route-tabel tbody tr")).getAttribute("id"))
                .isEqualTo("route-" + code);
        browser.waitForText(By.id("bestuurstafel-laatste"), "2027-05-12");
    }

    @Test
    void theProgrammateamProposesANewVersionInTheEditorPrefilledWithTheVersionInForce() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        JsonNode inForce = api.get("programmateam", "/api/framework").json();
        String firstLayer = inForce.get("layers").get(0).get("code").asText();
        JsonNode lastTheme = inForce.get("themes").get(inForce.get("themes").size() - 1);
        browser.login("programmateam");
        browser.open("#/kader", "Afwegingskader");
        browser.waitFor(By.id("criterium-0-naam"));
        assertThat(browser.driver.findElement(By.id("criterium-0-naam")).getAttribute("value"))
                .isEqualTo(inForce.get("criteria").get(0).get("name").asText());

        WebElement question = browser.driver.findElement(By.id("criterium-0-vraag-" + firstLayer));
        String kept = question.getAttribute("value");
        question.clear();
        browser.driver.findElement(By.id("voorstel-toelichting")).sendKeys("Schuldhulp erbij " + suffix);
        browser.driver.findElement(By.cssSelector("#voorstel-formulier button[type='submit']")).click();
        browser.waitForText(By.cssSelector("#voorstel-formulier .melding--fout"), "heeft geen vraag voor laag");
        assertThat(browser.text(By.cssSelector("#voorstel-formulier fieldset[data-veld='criteria'] .veldfout")))
                .contains("heeft geen vraag voor laag");
        assertThat(Axe.violations(browser)).as("axe-core on the refused proposal form").isEmpty();

        question.sendKeys(kept);
        WebElement summary = browser.driver.findElement(By.id("criterium-0-omschrijving"));
        summary.clear();
        summary.sendKeys("Nieuwe omschrijving " + suffix);
        browser.driver.findElement(By.id("thema-toevoegen")).sendKeys(Keys.ENTER);
        browser.waitForFocus("nieuw-thema-0-code");
        browser.press("SCHULDHULP_" + suffix, Keys.TAB, "Schuldhulp " + suffix);
        browser.driver.findElement(By.cssSelector("input[value='" + lastTheme.get("code").asText() + "']")).click();
        browser.driver.findElement(By.id("richtlijn-REGIONAAL")).sendKeys(Keys.END, "\nGedeelde wachtlijst " + suffix);
        browser.driver.findElement(By.cssSelector("#voorstel-formulier button[type='submit']")).click();
        browser.waitForText(By.cssSelector("#voorstel-formulier .melding--succes"), "is voorgesteld aan de gemeenten");

        JsonNode proposal = await().atMost(Duration.ofSeconds(10)).until(() -> StreamSupport.stream(
                        api.get("programmateam", "/api/framework/proposals").json().spliterator(), false)
                .filter(p -> p.path("reason").asText().equals("Schuldhulp erbij " + suffix)).findFirst().orElse(null),
                java.util.Objects::nonNull);
        JsonNode content = proposal.get("content");
        assertThat(content.get("criteria").get(0).get("summary").asText()).isEqualTo("Nieuwe omschrijving " + suffix);
        assertThat(content.get("criteria").get(0).get("questions").get(firstLayer).asText()).isEqualTo(kept);
        assertThat(content.get("themes").toString()).contains("SCHULDHULP_" + suffix, "Schuldhulp " + suffix)
                .doesNotContain("\"" + lastTheme.get("code").asText() + "\"");
        assertThat(content.get("outcomeGuideline").get("REGIONAAL").toString()).contains("Gedeelde wachtlijst " + suffix);
        assertThat(content.get("principles")).isEqualTo(inForce.get("principles"));
        assertThat(content.get("gremia")).isEqualTo(inForce.get("gremia"));
        browser.waitForText(By.id("voorstel-" + proposal.get("version").asInt()), "Schuldhulp " + suffix);
    }
}
