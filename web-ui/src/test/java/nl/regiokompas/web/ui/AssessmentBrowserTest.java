package nl.regiokompas.web.ui;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The browser UI in headless Chromium against the running application: signing in, the overview, the
 * assessment page with the keyboard only, live updates between two sessions, a bestuurder's
 * confirmation, a refused concurrent change and the read-only view of a raadslid.
 */
class AssessmentBrowserTest extends BrowserTest {

    private static String uniqueTitle(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Opens an assessment for JEUGD over HTTP (as strateeg.bun), without a title: the page shows "Jeugd". */
    private AssessmentScenarios openAssessment() {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "JEUGD");
        awaitProjection(assessment);
        return assessment;
    }

    @Test
    void demoUserSignsInAndSeesTheOverview() {
        String title = uniqueTitle("Jeugdhulp overzicht");
        Api.Response opened = api.post("strateeg.hou", "/api/assessments", body("themeCode", "JEUGD", "title", title));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        api.get("strateeg.hou", "/api/assessments/" + opened.json().get("assessmentId").asText() + "?minVersion=0");

        browser.login("strateeg.hou");

        assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Afwegingen");
        assertThat(browser.text(By.id("aangemeld-als"))).contains("Strateeg Houten");
        By row = By.xpath("//table//tr[.//a[normalize-space()='" + title + "']]");
        browser.waitFor(row);
        assertThat(browser.text(row)).contains("Jeugd").contains("Open");
        assertThat(browser.all(By.id("nieuw"))).as("a strateeg may open assessments").hasSize(1);
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
    }

    @Test
    void wrongPasswordShowsADutchErrorTiedToTheFields() {
        browser.login("strateeg.hou");
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(api.baseUrl() + "/login");
        browser.driver.findElement(By.id("username")).sendKeys("strateeg.hou");
        browser.driver.findElement(By.id("password")).sendKeys("fout");
        browser.driver.findElement(By.cssSelector("form[action='/login'] button")).click();

        browser.waitForText(By.id("login-fout"), "Aanmelden is niet gelukt");
        assertThat(browser.driver.findElement(By.id("password")).getAttribute("aria-describedby")).isEqualTo("login-fout");
        assertThat(browser.text(By.cssSelector(".demo"))).contains("demo");
    }

    @Test
    void strateegEditsACellInPlaceWithTheKeyboardOnlyAndKeepsTheFocusOnThatCell() {
        AssessmentScenarios assessment = openAssessment();
        browser.login("strateeg.hou");
        openAssessmentPage(assessment);

        browser.focused().sendKeys(Keys.TAB);
        browser.tabTo("bewerk-UITVOERING-C3-HOU", 300);
        browser.press(Keys.ENTER);
        browser.waitForFocus("neiging-UITVOERING-C3-HOU");
        assertThat(browser.all(By.cssSelector("#cel-UITVOERING-C3-HOU form"))).as("the editor opens in the cell").hasSize(1);
        browser.press("Regio");
        browser.press(Keys.TAB);
        browser.waitForFocus("tekst-UITVOERING-C3-HOU");
        browser.press("Ketenpartners werken regionaal; de wijkteams blijven lokaal.");
        browser.press(Keys.TAB);
        assertThat(browser.focused().getText()).as("the guideline's indicators, folded")
                .startsWith("Indicatoren uit de richtlijn");
        browser.press(Keys.TAB);
        assertThat(browser.focused().getText()).isEqualTo("Opslaan");
        browser.press(Keys.ENTER);

        By cell = By.id("cel-UITVOERING-C3-HOU");
        browser.waitForText(cell, "Ketenpartners werken regionaal");
        assertThat(browser.text(cell)).contains("Regionaal");
        browser.waitForText(By.id("matrix-status"), "Opgeslagen");
        assertThat(browser.all(By.cssSelector("#cel-UITVOERING-C3-HOU form"))).as("the editor closed").isEmpty();
        assertThat(browser.focused().getAttribute("id")).as("focus stays on the saved cell")
                .isEqualTo("bewerk-UITVOERING-C3-HOU");
        assertThat(browser.text(By.id("versie"))).isEqualTo(String.valueOf(assessment.version + 1));

        assessment.version = Long.parseLong(browser.text(By.id("versie")));
        assessment.input("BUN", "BELEID", "C1", "LOKAAL", "Bunnik kiest voor eigen beleidsaccenten.");
        awaitProjection(assessment);
        openAssessmentPage(assessment);
        browser.waitForText(By.id("cel-BELEID-C1-BUN"), "eigen beleidsaccenten");
        browser.screenshot(Path.of("target", "screenshots", "afweging.png"));
        browser.screenshotOfWindow(Path.of("target", "screenshots", "afweging-boven.png"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void escapeClosesTheEditorOfACellWithoutSavingAndReturnsTheFocusToItsButton() {
        AssessmentScenarios assessment = openAssessment();
        assessment.input("HOU", "BELEID", "C2", "LOKAAL", "Houten kent eigen prioriteiten.");
        awaitProjection(assessment);
        browser.login("strateeg.hou");
        openAssessmentPage(assessment);
        browser.waitForText(By.id("cel-BELEID-C2-HOU"), "eigen prioriteiten");

        browser.driver.findElement(By.id("bewerk-BELEID-C2-HOU")).click();
        WebElement text = browser.waitFor(By.id("tekst-BELEID-C2-HOU"));
        assertThat(text.getAttribute("value")).as("the editor starts from the cell").isEqualTo("Houten kent eigen prioriteiten.");
        text.sendKeys(" Toch niet.");
        text.sendKeys(Keys.ESCAPE);

        browser.waitUntilHidden(By.id("tekst-BELEID-C2-HOU"));
        browser.waitForFocus("bewerk-BELEID-C2-HOU");
        assertThat(browser.text(By.id("cel-BELEID-C2-HOU"))).doesNotContain("Toch niet.");
        assertThat(browser.text(By.id("versie"))).isEqualTo(String.valueOf(assessment.version));
    }

    @Test
    void secondSessionSeesTheInputOfTheFirstAppearLive() {
        AssessmentScenarios assessment = openAssessment();
        browser.login("strateeg.hou");
        openAssessmentPage(assessment);

        try (Browser other = Browser.start().at(port)) {
            other.login("strateeg.bun");
            other.open("#/afweging/" + assessment.assessmentId, "Afweging: Jeugd");
            other.waitForText(By.id("verbinding"), "Live verbonden");
            browser.waitForText(By.id("verbinding"), "Live verbonden");
            browser.waitForText(By.id("meekijkers"), "Strateeg Bunnik");

            editCell(browser, "BELEID-C3-HOU", "REGIONAAL", "Zorgaanbieders werken op regionale schaal.");

            other.waitForText(By.id("cel-BELEID-C3-HOU"), "Zorgaanbieders werken op regionale schaal.", Duration.ofSeconds(10));
            other.waitForText(By.id("laatste-wijziging"),
                    "Houten gaf input op 'Partners en infrastructuur' (Beleid), neiging regionaal");
            assertThat(other.text(By.id("laatste-wijziging"))).contains("door Strateeg Houten (strateeg, Houten)")
                    .doesNotContain("strateeg.hou", "C3", "BELEID", "REGIONAAL");
            assertThat(other.text(By.id("cel-BELEID-C3-HOU"))).contains("Strateeg Houten (strateeg, Houten)")
                    .doesNotContain("strateeg.hou");
            assertThat(other.driver.findElement(By.id("laatste-wijziging")).getAttribute("aria-live")).isEqualTo("polite");
            assertThat(other.text(By.id("versie"))).isEqualTo(String.valueOf(assessment.version + 1));
        }
    }

    @Test
    void afterPausingAndResumingLiveUpdatesTheNextChangeOfAnotherGemeenteAppearsLive() {
        AssessmentScenarios assessment = openAssessment();
        browser.login("strateeg.hou");
        openAssessmentPage(assessment);
        browser.waitForText(By.id("verbinding"), "Live verbonden");

        browser.driver.findElement(By.id("live-aan")).click();
        assessment.input("BUN", "BELEID", "C1", "LOKAAL", "Bunnik schreef terwijl Houten pauzeerde.");
        browser.waitForText(By.id("wachtende-wijzigingen"), "Er is 1 nieuwe wijziging van anderen.");
        recordInputInThePage("UITVOERING", "C2", "Houten schreef zelf tijdens de pauze.");
        browser.waitForText(By.id("cel-UITVOERING-C2-HOU"), "Houten schreef zelf tijdens de pauze.");
        browser.driver.findElement(By.id("live-aan")).click();
        browser.waitForText(By.id("cel-BELEID-C1-BUN"), "Bunnik schreef terwijl Houten pauzeerde.");

        assessment.version = Long.parseLong(browser.text(By.id("versie")));
        assessment.input("ZST", "BELEID", "C4", "REGIONAAL", "Zeist schreef na de hervatting.");

        browser.waitForText(By.id("cel-BELEID-C4-ZST"), "Zeist schreef na de hervatting.", Duration.ofSeconds(10));
        assertThat(browser.text(By.id("versie"))).isEqualTo(String.valueOf(assessment.version));
        assertThat(browser.text(By.id("verbinding"))).contains("Live verbonden");
    }

    private void recordInputInThePage(String layer, String criterion, String text) {
        editCell(browser, layer + "-" + criterion + "-HOU", null, text);
    }

    /** Opens the editor of a cell (layer-criterion-gemeente), chooses a leaning (null: keep it), types and saves. */
    static void editCell(Browser browser, String cell, String leaning, String text) {
        browser.driver.findElement(By.id("bewerk-" + cell)).click();
        if (leaning != null) {
            new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("neiging-" + cell))).selectByValue(leaning);
        }
        browser.waitFor(By.id("tekst-" + cell)).sendKeys(text);
        browser.driver.findElement(By.cssSelector("#bewerker-" + cell + " button[type='submit']")).click();
    }

    @Test
    void bestuurderConfirmsTheCurrentProposal() {
        AssessmentScenarios assessment = openAssessment();
        int revision = assessment.propose(AssessmentScenarios.REGIONAL_SCALES);
        awaitProjection(assessment);

        browser.login("bestuurder.hou");
        openAssessmentPage(assessment);
        browser.waitForText(By.id("bevestig-uitleg"), "revisie " + revision);
        assertThat(browser.all(By.cssSelector("[id^='bewerk-']"))).as("a bestuurder gives no input").isEmpty();
        browser.driver.findElement(By.cssSelector("#bevestig-formulier button[type='submit']")).click();

        browser.waitForText(By.id("bevestiging-HOU"), "Bevestigd door");
        browser.waitUntilHidden(By.id("bevestig-toelichting"));
        assertThat(browser.text(By.id("bevestiging-BUN"))).contains("Nog niet bevestigd");
        assertThat(browser.text(By.id("bevestig-status"))).contains("U hebt revisie 1 van 1 bevestigd namens Houten");
        assertThat(browser.focused().getAttribute("id")).as("focus stays on the outcome").isEqualTo("bevestig-status");
    }

    @Test
    void concurrentChangeToTheSameCellShowsTheUnseenChange() {
        AssessmentScenarios assessment = openAssessment();
        browser.login("strateeg.hou");
        openAssessmentPage(assessment);
        // the page that stays is the one that connected: a toggle found before that may belong to a first rendering
        browser.waitForText(By.id("verbinding"), "Live verbonden");
        WebElement liveToggle = browser.driver.findElement(By.id("live-aan"));
        if (liveToggle.isSelected()) {
            liveToggle.click();
        }

        Api.Response other = api.post("programmateam", "/api/assessments/" + assessment.assessmentId + "/inputs", body(
                "gemeente", "HOU", "layer", "BELEID", "criterion", "C1", "leaning", "LOKAAL",
                "text", "Het programmateam noteerde de lijn van Houten.", "expectedVersion", assessment.version));
        assertThat(other.status()).as(other.toString()).isEqualTo(200);
        // the paused page notes the change above the matrix; clicking before that notice moves the layout
        // could hit the wrong element
        browser.waitForText(By.id("wachtende-wijzigingen"), "Er is 1 nieuwe wijziging van anderen.");

        browser.driver.findElement(By.id("bewerk-BELEID-C1-HOU")).click();
        browser.waitFor(By.id("tekst-BELEID-C1-HOU")).sendKeys("Houten wil regionale beleidskaders.");
        browser.driver.findElement(By.cssSelector("#bewerker-BELEID-C1-HOU button[type='submit']")).click();

        By conflict = By.cssSelector("#bewerker-BELEID-C1-HOU .conflict");
        browser.waitForText(conflict, "Iemand anders was u voor");
        assertThat(browser.text(conflict)).contains("Houten gaf input op 'Complexiteit en deskundigheid' (Beleid)")
                .contains("Programmateam Zuidoost-Utrecht (programmateam)");
        assertThat(browser.driver.findElement(conflict).getAttribute("role")).isEqualTo("alert");
        assertThat(browser.focused().getText()).as("focus lands on the heading of the conflict panel")
                .isEqualTo("Iemand anders was u voor");
        browser.waitForText(By.id("cel-BELEID-C1-HOU"), "Het programmateam noteerde de lijn van Houten.");
        assertThat(browser.driver.findElement(By.id("tekst-BELEID-C1-HOU")).getAttribute("value"))
                .as("the user's text stays for a retry").contains("Houten wil regionale beleidskaders.");

        browser.driver.findElement(By.cssSelector("#bewerker-BELEID-C1-HOU button[type='submit']")).click();
        browser.waitForText(By.id("cel-BELEID-C1-HOU"), "Houten wil regionale beleidskaders.");
        browser.waitForFocus("bewerk-BELEID-C1-HOU");
    }

    @Test
    void historyNamesGemeentenCriteriaAndPeopleNeverCodesOrUserIds() {
        AssessmentScenarios assessment = openAssessment();
        assessment.input("BUN", "BELEID", "C3", "REGIONAAL", "Aanbieders werken regionaal.");

        browser.login("raadslid.zst");
        browser.open("#/afweging/" + assessment.assessmentId + "/geschiedenis", "Geschiedenis");
        browser.waitForText(By.id("tijdlijn"), "Bunnik gaf input op 'Partners en infrastructuur' (Beleid), neiging regionaal");

        assertThat(browser.text(By.id("tijdlijn")))
                .contains("Afwegingstraject 'Jeugd' geopend voor thema Jeugd met Bunnik, Houten")
                .contains("Door Strateeg Bunnik (strateeg, Bunnik)")
                .doesNotContain("strateeg.bun", "JEUGD", "C3", "BELEID", "REGIONAAL", " BUN");
    }

    @Test
    void raadslidReadsWithoutAnyEditForm() {
        AssessmentScenarios assessment = openAssessment();
        assessment.input("HOU", "BELEID", "C2", "LOKAAL", "Houten kent eigen prioriteiten.");
        assessment.propose(AssessmentScenarios.REGIONAL_SCALES);
        awaitProjection(assessment);

        browser.login("raadslid.bun");
        assertThat(browser.all(By.cssSelector("main form"))).as("no form on the overview").isEmpty();
        openAssessmentPage(assessment);
        browser.waitForText(By.id("cel-BELEID-C2-HOU"), "eigen prioriteiten");

        assertThat(browser.all(By.cssSelector("main form"))).isEmpty();
        assertThat(browser.all(By.cssSelector("main button"))).isEmpty();
        assertThat(browser.text(By.id("voorstel"))).contains("Revisie 1");
        browser.open("#/besluiten", "Bestuurlijke bevestigingen");
        assertThat(browser.all(By.cssSelector("main form:not([role='search'])"))).isEmpty();
    }

    /** Issue 11 §1: a strateeg marks the guideline's indicators with the input, in the cell's editor. */
    @Test
    void aStrateegMarksGuidelineIndicatorsInTheInputForm() {
        AssessmentScenarios assessment = openAssessment();
        awaitProjection(assessment);
        String indicatorText = java.util.stream.StreamSupport.stream(api.get("auditor", assessment.path("")).json()
                        .get("guideline").get(0).get("indicators").spliterator(), false)
                .filter(mark -> mark.get("indicator").asText().equals("BOVENREGIONAAL.1")).findFirst().orElseThrow()
                .get("text").asText();
        browser.login("strateeg.hou");
        openAssessmentPage(assessment);
        browser.waitFor(By.id("bewerk-BELEID-C1-HOU")).click();
        new Select(browser.waitFor(By.id("neiging-BELEID-C1-HOU"))).selectByValue("REGIONAAL");
        browser.driver.findElement(By.id("tekst-BELEID-C1-HOU")).sendKeys("Risico's te groot voor één gemeente.");
        browser.driver.findElement(By.cssSelector("#bewerker-BELEID-C1-HOU details.indicatorkeuze summary")).click();
        WebElement box = browser.driver.findElement(By.cssSelector(
                "#bewerker-BELEID-C1-HOU input[name='indicators'][value='BOVENREGIONAAL.1']"));
        assertThat(browser.driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText())
                .isEqualTo(indicatorText);
        assertThat(Axe.violations(browser)).as("axe-core with the indicators in the editor").isEmpty();
        box.sendKeys(Keys.SPACE);
        browser.driver.findElement(By.cssSelector("#bewerker-BELEID-C1-HOU button[type='submit']")).click();

        browser.waitForText(By.id("cel-BELEID-C1-HOU"), "Indicatoren: " + indicatorText);
        browser.waitForText(By.id("richtlijn-BELEID"), indicatorText);
        assertThat(browser.text(By.id("richtlijn-BELEID"))).contains("Houten");
        assertThat(api.get("auditor", assessment.path("")).json().get("inputs").toString())
                .contains("\"indicators\":[\"BOVENREGIONAAL.1\"]");
        browser.driver.findElement(By.id("bewerk-BELEID-C1-HOU")).click();
        assertThat(browser.waitFor(By.cssSelector("#bewerker-BELEID-C1-HOU input[value='BOVENREGIONAAL.1']"))
                .isSelected()).as("the editor starts from the marked indicators").isTrue();
    }
}
