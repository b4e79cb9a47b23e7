package nl.regiokompas.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The auditor's and the raad's tools in headless Chromium: the assessment as it stood at an earlier moment
 * (marked as the past, read-only, walkable with the keyboard), the provenance of a decision with links into
 * the history and to moments, the integrity check with a readable answer, and the printable decision record
 * in names instead of codes.
 */
class AuditorToolsBrowserTest extends BrowserTest {

    /** Codes a reader must never meet in the record: gemeenten, layers, scales, themes, kinds, outcomes, roles. */
    private static final Pattern CODES = Pattern.compile("\\b(BUN|HOU|UHR|WBD|ZST|BELEID|BEDRIJFSVOERING|UITVOERING"
            + "|LOKAAL|REGIONAAL|BOVENREGIONAAL|WMO|JEUGD|TOEZICHT|BEZWAAR|INGETROKKEN|STRATEEG|BESTUURDER|C[0-9])\\b");

    private AssessmentScenarios withTwoThoughts() {
        AssessmentScenarios toezicht = AssessmentScenarios.open(api, "TOEZICHT");
        assertThat(toezicht.input("BUN", "BELEID", "C1", "LOKAAL", "Eerste gedachte van Bunnik.").status()).isEqualTo(200);
        assertThat(toezicht.input("BUN", "BELEID", "C1", "REGIONAAL", "Tweede gedachte van Bunnik.").status()).isEqualTo(200);
        assertThat(toezicht.input("HOU", "BELEID", "C1", "REGIONAAL", "Houten wil regionale kaders.").status()).isEqualTo(200);
        assertThat(toezicht.input("ZST", "UITVOERING", "C2", "LOKAAL", "Zeist houdt het toezicht dichtbij.").status()).isEqualTo(200);
        toezicht.propose(AssessmentScenarios.REGIONAL_SCALES);
        awaitProjection(toezicht);
        return toezicht;
    }

    private AssessmentScenarios decided(String theme) {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, theme);
        assertThat(assessment.input("ZST", "UITVOERING", "C2", "LOKAAL", "Zeist houdt de uitvoering dichtbij.").status())
                .isEqualTo(200);
        Api.Response intervention = assessment.intervene("ZST", "BEZWAAR");
        assertThat(intervention.status()).as(intervention.toString()).isEqualTo(201);
        assessment.resolve(intervention.json().get("interventionId").asText(), "INGETROKKEN");
        assessment.decide();
        awaitProjection(assessment);
        return assessment;
    }

    private String momentOfFirstInput(AssessmentScenarios assessment) {
        for (JsonNode entry : api.get("auditor", assessment.path("/history")).json()) {
            if (entry.get("type").asText().endsWith("CriterionInputRecorded")) {
                return entry.get("occurredAt").asText();
            }
        }
        throw new AssertionError("no input in the history");
    }

    @Test
    void pickingAMomentOnTheAssessmentPageShowsTheWholeAssessmentAsItStoodThenMarkedAsPastAndReadOnly() {
        AssessmentScenarios toezicht = withTwoThoughts();
        String firstInput = momentOfFirstInput(toezicht);

        browser.login("auditor");
        browser.open("#/afweging/" + toezicht.assessmentId, "Afweging: Toezicht");
        browser.waitForText(By.id("cel-BELEID-C1-BUN"), "Tweede gedachte");
        browser.waitFor(By.cssSelector("#terugkijken-moment option[value='" + firstInput + "']"));
        new Select(browser.driver.findElement(By.id("terugkijken-moment"))).selectByValue(firstInput);
        browser.driver.findElement(By.id("terugkijken-link")).click();

        browser.waitForText(By.cssSelector("main h1"), "Eerdere stand: Toezicht");
        browser.waitForText(By.id("stand-melding"), "U bekijkt de stand van");
        assertThat(browser.text(By.id("cel-BELEID-C1-BUN"))).contains("Eerste gedachte").doesNotContain("Tweede");
        assertThat(browser.driver.getCurrentUrl()).contains("/stand/");
        assertThat(browser.all(By.cssSelector("main form"))).as("no edit form in the past").isEmpty();
        assertThat(browser.text(By.id("stand-melding"))).contains("hier kunt u niets wijzigen", "Terug naar nu");
        assertThat(browser.driver.getTitle()).startsWith("Stand van ");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theSliderWalksToTheNextMomentWithTheKeyboardAndTheAddressCanBeBookmarked() {
        AssessmentScenarios toezicht = withTwoThoughts();
        String firstInput = momentOfFirstInput(toezicht);

        browser.login("raadslid.hou");
        browser.open("#/afweging/" + toezicht.assessmentId + "/stand/" + firstInput, "Eerdere stand");
        browser.waitForText(By.id("cel-BELEID-C1-BUN"), "Eerste gedachte");
        browser.tabTo("stand-schuif", 40);
        browser.press(Keys.ARROW_RIGHT);

        browser.waitForText(By.id("cel-BELEID-C1-BUN"), "Tweede gedachte");
        browser.waitForFocus("stand-schuif");
        assertThat(browser.focused().getAttribute("aria-valuetext")).startsWith("3. ").contains("gaf input");
        String bookmarked = browser.driver.getCurrentUrl();
        assertThat(bookmarked).doesNotContain(firstInput.replace(":", "%3A"));
        assertThat(browser.text(By.id("cel-BELEID-C1-HOU"))).as("later input not yet there").contains("Nog geen input");
        Dimension size = browser.driver.manage().window().getSize();
        browser.driver.manage().window().setSize(new Dimension(1400, 1500));
        browser.screenshotOfWindow(Path.of("target", "screenshots", "as-of.png"));
        browser.driver.manage().window().setSize(size);

        browser.driver.get("about:blank");
        browser.driver.get(bookmarked);
        browser.waitUntilLoaded();
        browser.waitForText(By.id("cel-BELEID-C1-BUN"), "Tweede gedachte");
        browser.waitForText(By.id("stand-melding"), "U bekijkt de stand van");
        browser.driver.findElement(By.id("terug-naar-nu")).click();
        browser.waitForText(By.cssSelector("main h1"), "Afweging: Toezicht");
    }

    @Test
    void theProvenanceOfADecisionShowsWhatItRestsOnWithLinksToTheHistoryAndToMoments() {
        AssessmentScenarios wmo = decided("WMO");
        String decisionId = api.get("auditor", wmo.path("")).json().get("decision").get("decisionId").asText();

        browser.login("raadslid.zst");
        browser.open("#/besluiten", "Bestuurlijke bevestigingen");
        browser.waitFor(By.cssSelector("a[href='#/besluiten/" + decisionId + "']")).click();

        browser.waitForText(By.cssSelector("main h1"), "Herkomst van de bestuurlijke bevestiging: Wmo");
        assertThat(browser.text(By.id("herkomst-revisies"))).contains("Beleid: Regionaal", "Uitvoering: Lokaal");
        assertThat(browser.text(By.id("herkomst-bevestigingstabel"))).contains("Bunnik", "Houten", "Zeist", "Wethouder Zeist");
        assertThat(browser.text(By.id("herkomst-inbrengtabel"))).contains("Zeist houdt de uitvoering dichtbij.", "Uitvoering", "Lokaal");
        assertThat(browser.text(By.id("herkomst-interventielijst"))).contains("Zeist: Bezwaar (Uitvoering)", "Ingetrokken");
        assertThat(browser.text(By.id("herkomst-keten"))).contains("Bestuurlijke bevestiging vastgelegd");
        assertThat(browser.all(By.cssSelector("#herkomst-keten a[href*='/stand/']"))).isNotEmpty();
        assertThat(browser.all(By.cssSelector("a.dossier-link[href='/api/assessments/" + wmo.assessmentId + "/record.html']")))
                .hasSize(1);

        browser.driver.findElement(By.cssSelector("#herkomst-bevestigingstabel a[href*='/geschiedenis/']")).click();
        browser.waitForText(By.cssSelector("main h1"), "Geschiedenis: Wmo");
        browser.waitForText(By.cssSelector("#tijdlijn li[aria-current='true']"), "bevestigde revisie");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theAuditorChecksTheIntegrityAndReadsAPlainAnswerWithAnAnchorToArchiveAndCheckLater() {
        decided("LEERPLICHT");

        browser.login("auditor");
        browser.driver.findElement(By.cssSelector("#menu-integriteit a")).click();
        browser.waitForText(By.cssSelector("main h1"), "Integriteit controleren");
        browser.driver.findElement(By.cssSelector("#integriteit-formulier button[type='submit']")).click();

        browser.waitForText(By.id("integriteit-oordeel"), "In orde: de hashketen klopt.");
        assertThat(browser.text(By.id("integriteit-oordeel"))).containsPattern("[0-9.]+ gebeurtenissen gecontroleerd op");
        String anchor = browser.text(By.id("integriteit-kop"));
        assertThat(anchor).matches("cp[0-9]+:[0-9a-f]{64}");
        assertThat(browser.focused().getText()).isEqualTo("Uitkomst van de controle");

        browser.driver.findElement(By.id("integriteit-anker")).sendKeys(anchor);
        browser.driver.findElement(By.cssSelector("#integriteit-formulier button[type='submit']")).click();
        browser.waitForText(By.id("integriteit-ankercontrole"), "Het anker klopt");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aMalformedAnchorIsRefusedNextToItsField() {
        browser.login("programmateam");
        browser.open("#/integriteit", "Integriteit controleren");
        browser.driver.findElement(By.id("integriteit-anker")).sendKeys("4711:geen-hash");
        browser.driver.findElement(By.cssSelector("#integriteit-formulier button[type='submit']")).click();

        browser.waitForText(By.cssSelector("#integriteit-formulier [role='alert']"), "Controleer uw invoer");
        assertThat(browser.driver.findElement(By.id("integriteit-anker")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.all(By.id("integriteit-oordeel"))).isEmpty();
    }

    @Test
    void aRaadslidIsNotOfferedTheIntegrityCheck() {
        browser.login("raadslid.bun");
        assertThat(browser.driver.findElement(By.id("menu-integriteit")).isDisplayed()).isFalse();
    }

    @Test
    void theDecisionLinksToAPrintableRecordThatNamesGemeentenLayersScalesAndPeople() {
        AssessmentScenarios jeugd = decided("JEUGD");

        browser.login("raadslid.bun");
        browser.open("#/afweging/" + jeugd.assessmentId, "Afweging: Jeugd");
        browser.waitFor(By.cssSelector("#terugkijken-besluit a.dossier-link")).click();

        browser.waitForText(By.tagName("h1"), "Besluitvormingsdossier: Jeugd");
        assertThat(browser.all(By.cssSelector("header h1"))).hasSize(1);
        assertThat(browser.all(By.tagName("main"))).hasSize(1);
        String besluiten = browser.text(By.id("besluiten"));
        assertThat(besluiten).contains("Beleid", "Regionaal", "Uitvoering", "Lokaal", "Bunnik", "Zeist",
                "Wethouder Zeist (bestuurder, Zeist)", "bezwaar", "ingetrokken");
        String readable = (String) browser.script("const page = document.body.cloneNode(true);"
                // the events' own descriptions come from the query side's history (names there: another change)
                + "page.querySelectorAll('td.omschrijving').forEach(cell => cell.remove());"
                + "return page.textContent;");
        assertThat(CODES.matcher(readable).results().map(match -> match.group()).toList()).isEmpty();
        assertThat((String) browser.script("return getComputedStyle(document.body).fontFamily")).contains("Georgia");
    }
}
