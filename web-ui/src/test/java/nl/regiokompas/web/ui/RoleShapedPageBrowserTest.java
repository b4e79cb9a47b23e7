package nl.regiokompas.web.ui;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The assessment page shaped by the role that uses it: a bestuurder gets the proposal, what confirming means and
 * the confirm action first, with the matrix one click away; notes with the confirmations; a tally of the leanings
 * per criterion; the last open intervention withdrawn with the keyboard, focus staying on its outcome; revisions
 * counted per cycle; and a compact page on a phone, with the matrix per gemeente.
 */
class RoleShapedPageBrowserTest extends BrowserTest {

    private AssessmentScenarios proposedWithInputs() {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "JEUGD");
        assessment.input("BUN", "BELEID", "C3", "REGIONAAL", "Aanbieders werken regionaal.");
        assessment.input("HOU", "BELEID", "C3", "REGIONAAL", "Houten koopt al samen in.");
        assessment.input("UHR", "BELEID", "C3", "LOKAAL", "Eigen partners in de Heuvelrug.");
        assessment.input("WBD", "BELEID", "C3", "REGIONAAL", "Samen sterker.");
        assessment.input("ZST", "BELEID", "C3", "LOKAAL", "Zeist heeft een eigen netwerk.");
        assessment.propose(AssessmentScenarios.REGIONAL_SCALES);
        return assessment;
    }

    private static int top(WebElement element) {
        return element.getLocation().getY();
    }

    @Test
    void aBestuurderSeesTheProposalWhatConfirmingMeansAndTheConfirmActionBeforeTheMatrix() {
        AssessmentScenarios assessment = proposedWithInputs();
        Api.Response confirmed = api.post("bestuurder.bun", assessment.path("/confirmations"), body("gemeente", "BUN",
                "revision", 1, "note", "Akkoord, mits de gemeenteraad in het voorjaar wordt geïnformeerd.",
                "expectedVersion", assessment.version));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assessment.version = confirmed.version();
        awaitProjection(assessment);

        browser.login("bestuurder.hou");
        openAssessmentPage(assessment);
        browser.waitForText(By.id("bevestig-uitleg"), "revisie 1 van 1");

        WebElement confirm = browser.driver.findElement(By.cssSelector("#bevestig-formulier button[type='submit']"));
        WebElement matrix = browser.driver.findElement(By.id("matrix-inklapper"));
        assertThat(top(confirm)).as("the confirm action comes before the matrix").isLessThan(top(matrix));
        assertThat(top(browser.driver.findElement(By.id("voorstel")))).isLessThan(top(matrix));
        assertThat(browser.text(By.id("bevestig-betekenis"))).contains("Wat betekent bevestigen?")
                .as("issue 11 §2: the whole package").contains("het hele pakket", "schaalniveau per laag",
                        "richting geeft, organiseert en uitvoert", "randvoorwaarden", "mandaat van het thema");
        assertThat(browser.text(By.id("bevestiging-BUN")))
                .contains("Akkoord, mits de gemeenteraad in het voorjaar wordt geïnformeerd.");
        assertThat(browser.driver.findElement(By.id("cel-BELEID-C3-HOU")).isDisplayed()).as("the matrix is folded").isFalse();
        browser.screenshot(Path.of("target", "screenshots", "wethouder.png"));

        browser.driver.findElement(By.cssSelector("#matrix-inklapper summary")).click();
        browser.waitForText(By.id("cel-BELEID-C3-HOU"), "Houten koopt al samen in.");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aBestuurderConfirmsWithANoteUsingTheKeyboardOnlyAndEveryoneReadsTheNote() {
        AssessmentScenarios assessment = proposedWithInputs();
        awaitProjection(assessment);

        browser.login("bestuurder.hou");
        openAssessmentPage(assessment);
        browser.waitForText(By.id("bevestig-uitleg"), "revisie 1 van 1");
        browser.typeAndSendWithKeys("bevestig-toelichting", 40, "Akkoord, mits de raad wordt gehoord.", "Bevestigen");

        browser.waitForText(By.id("bevestig-status"), "U hebt revisie 1 van 1 bevestigd namens Houten");
        browser.waitForFocus("bevestig-status");
        browser.waitForText(By.id("bevestiging-HOU"), "Akkoord, mits de raad wordt gehoord.");

        browser.login("raadslid.zst");
        openAssessmentPage(assessment);
        browser.waitForText(By.id("bevestiging-HOU"), "Akkoord, mits de raad wordt gehoord.");
        assertThat(browser.text(By.id("bevestiging-HOU"))).contains("Bevestigd door");
    }

    @Test
    void beside_each_criterion_a_tally_summarises_the_leanings_of_the_gemeenten() {
        AssessmentScenarios assessment = proposedWithInputs();
        assessment.input("HOU", "UITVOERING", "C1", null, "Nog geen keuze.");
        awaitProjection(assessment);

        browser.login("strateeg.hou");
        openAssessmentPage(assessment);

        browser.waitForText(By.id("telling-BELEID-C3"), "3× regionaal, 2× lokaal");
        assertThat(browser.text(By.id("telling-UITVOERING-C1"))).isEqualTo("1× geen neiging");
        assertThat(browser.text(By.id("telling-BELEID-C1"))).isEqualTo("Nog geen neigingen");

        AssessmentBrowserTest.editCell(browser, "BELEID-C1-HOU", "BOVENREGIONAAL", "Landelijk inkopen.");
        browser.waitForText(By.id("telling-BELEID-C1"), "1× bovenregionaal");
    }

    @Test
    void theInterveningBestuurderWithdrawsTheLastOpenInterventionWithTheKeyboardOnlyAndTheOutcomeKeepsTheFocus() {
        AssessmentScenarios assessment = proposedWithInputs();
        Api.Response intervention = assessment.intervene("ZST", "BEZWAAR");
        assertThat(intervention.status()).as(intervention.toString()).isEqualTo(201);
        awaitProjection(assessment);

        // only the bestuurder of the intervening gemeente withdraws (issue 11 §3)
        browser.login("bestuurder.zst");
        openAssessmentPage(assessment);
        browser.typeAndSendWithKeys("afhandel-toelichting", 400, "Besproken in de Bestuurstafel; Zeist trekt in.", "Intrekken");

        browser.waitForText(By.id("afhandel-status"), "Er staan geen interventies meer open.");
        browser.waitUntilHidden(By.id("afhandel-formulier"));
        assertThat(browser.focused().getAttribute("id")).as("focus stays on the outcome, not on <body>")
                .isEqualTo("afhandel-status");
        assertThat(browser.driver.findElement(By.id("afhandel-status")).isDisplayed()).isTrue();
        assertThat(browser.text(By.id("interventies"))).contains("Ingetrokken");
    }

    @Test
    void revisionsAreCountedPerCycleOnTheAssessmentAndTheDecisions() {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "JEUGD");
        assessment.decide();
        Api.Response reopened = api.post("programmateam", assessment.path("/reopen"),
                body("reason", "Nieuwe cijfers.", "expectedVersion", assessment.version));
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assessment.version = reopened.version();
        assessment.propose(AssessmentScenarios.REGIONAL_SCALES);
        int second = assessment.propose(AssessmentScenarios.REGIONAL_SCALES);
        assertThat(second).as("the aggregate counts across cycles").isEqualTo(3);
        awaitProjection(assessment);

        browser.login("bestuurder.wbd");
        openAssessmentPage(assessment);
        browser.waitForText(By.id("voorstel-revisie"), "Revisie 2 van 2 (cyclus 2)");
        assertThat(browser.text(By.id("bevestig-uitleg"))).contains("revisie 2 van 2");

        assessment.decide();
        awaitProjection(assessment);
        browser.open("#/besluiten", "Bestuurlijke bevestigingen");
        By decisions = By.xpath("//li[.//a[@href='#/afweging/" + assessment.assessmentId + "']]");
        browser.waitFor(decisions);
        assertThat(browser.all(decisions)).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("cyclus 1, revisie 1 van 1"))
                .anySatisfy(text -> assertThat(text).contains("cyclus 2, revisie 3 van 3"));
    }

    @Test
    void onAPhoneTheHeaderIsCompactAndTheMatrixReadsPerGemeente() {
        AssessmentScenarios assessment = proposedWithInputs();
        awaitProjection(assessment);
        Dimension wide = browser.driver.manage().window().getSize();
        try {
            browser.driver.manage().window().setSize(new Dimension(390, 700));
            browser.login("strateeg.hou");
            openAssessmentPage(assessment);

            Number header = (Number) browser.script("return document.querySelector('header').getBoundingClientRect().height"
                    + " + document.querySelector('nav.navigatie').getBoundingClientRect().height");
            assertThat(header.doubleValue()).as("header and menu on a phone").isLessThan(120);
            assertThat(browser.driver.findElement(By.cssSelector("nav.navigatie a[href='#/besluiten']")).isDisplayed()).isFalse();
            WebElement menu = browser.driver.findElement(By.id("menuknop"));
            menu.click();
            assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(browser.driver.findElement(By.cssSelector("nav.navigatie a[href='#/besluiten']")).isDisplayed()).isTrue();
            assertThat(browser.text(By.id("aangemeld-als"))).contains("Strateeg Houten");
            menu.click();

            assertThat(browser.all(By.cssSelector("table.matrix"))).as("no wide table on a phone").isEmpty();
            WebElement houten = browser.waitFor(By.id("kaart-BELEID-HOU"));
            assertThat(houten.findElement(By.tagName("h4")).getText()).isEqualTo("Houten");
            assertThat(houten.findElement(By.id("cel-BELEID-C3-HOU")).getText()).contains("Houten koopt al samen in.");
            assertThat(browser.text(By.id("telling-BELEID-C3"))).isEqualTo("3× regionaal, 2× lokaal");
            Number overflow = (Number) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Object widest = browser.script("return [...document.querySelectorAll('main *')]"
                    + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                    + ".slice(-5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')");
            assertThat(overflow.intValue()).as("nothing wider than the phone: " + widest).isLessThanOrEqualTo(0);

            AssessmentBrowserTest.editCell(browser, "BELEID-C3-HOU", null, " Ook op de telefoon.");
            browser.waitForText(By.id("cel-BELEID-C3-HOU"), "Ook op de telefoon.");
            browser.screenshotOfWindow(Path.of("target", "screenshots", "afweging-telefoon.png"));
        } finally {
            browser.driver.manage().window().setSize(wide);
        }
    }
}
