package nl.regiokompas.web.ui;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Issue 11 sections 1 and 2 in the browser: the tally, a deviation reason, an incomplete package, a withdrawal. */
class WholePackageBrowserTest extends BrowserTest {

    private static final List<String> LAYERS = List.of("BELEID", "BEDRIJFSVOERING", "UITVOERING");

    private AssessmentScenarios withInputOfEveryone(String leaning) {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "JEUGD");
        for (String layer : LAYERS) {
            for (String gemeente : AssessmentScenarios.GEMEENTEN) {
                assertThat(assessment.input(gemeente, layer, "C1", leaning, "Inbreng van " + gemeente + ".").status())
                        .isEqualTo(200);
            }
        }
        return assessment;
    }

    @Test
    void theTallyOfLeaningsAndTheMarkedIndicatorsStandBesideTheProposalForm() {
        AssessmentScenarios assessment = withInputOfEveryone("REGIONAAL");
        Api.Response marked = assessment.track(api.post("strateeg.bun", assessment.path("/inputs"), body("gemeente",
                "BUN", "layer", "BELEID", "criterion", "C2", "leaning", "LOKAAL", "text", "Maatwerk.",
                "indicators", List.of("LOKAAL.1"), "expectedVersion", assessment.version)));
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        awaitProjection(assessment);

        browser.login("strateeg.hou");
        openAssessmentPage(assessment);

        browser.waitForText(By.id("richtlijn-BELEID"), "meest gekozen");
        String beleid = browser.text(By.id("richtlijn-BELEID"));
        assertThat(beleid).contains("Regionaal 5 (meest gekozen)").contains("Lokaal 1")
                .contains("sterk maatwerk voor inwoners").contains("Bunnik");
    }

    @Test
    void aDeviatingScaleIsProposedWithItsReasonAndTheReasonIsShownWithTheProposal() {
        AssessmentScenarios assessment = withInputOfEveryone("REGIONAAL");
        awaitProjection(assessment);
        browser.login("strateeg.hou");
        openAssessmentPage(assessment);

        browser.waitFor(By.id("voorstel-BELEID"));
        new Select(browser.driver.findElement(By.id("voorstel-BELEID"))).selectByValue("REGIONAAL");
        new Select(browser.driver.findElement(By.id("voorstel-BEDRIJFSVOERING"))).selectByValue("REGIONAAL");
        new Select(browser.driver.findElement(By.id("voorstel-UITVOERING"))).selectByValue("LOKAAL");
        browser.driver.findElement(By.id("voorstel-onderbouwing")).sendKeys("Bundeling van expertise.");
        browser.driver.findElement(By.cssSelector("#voorstel-formulier button[type='submit']")).click();
        browser.waitForText(By.cssSelector("#voorstel-formulier .melding--fout"), "Laag Uitvoering");

        browser.driver.findElement(By.id("afwijking-UITVOERING")).sendKeys("Wijkteams blijven dicht bij inwoners.");
        browser.driver.findElement(By.cssSelector("#voorstel-formulier button[type='submit']")).click();

        browser.waitForText(By.id("voorstel-afwijkingen"), "Wijkteams blijven dicht bij inwoners.");
        assertThat(browser.text(By.id("voorstel-afwijkingen"))).contains("Uitvoering");
    }

    @Test
    void confirmingAnIncompletePackageIsRefusedWithTheListOfWhatIsMissing() {
        AssessmentScenarios assessment = withInputOfEveryone("REGIONAAL");
        Api.Response proposed = assessment.track(api.post("strateeg.hou", assessment.path("/proposals"), body(
                "scales", Map.of("BELEID", "REGIONAAL", "BEDRIJFSVOERING", "REGIONAAL", "UITVOERING", "REGIONAAL"),
                "rationale", "Samen.", "expectedVersion", assessment.version)));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        awaitProjection(assessment);

        browser.login("bestuurder.hou");
        openAssessmentPage(assessment);
        browser.waitFor(By.cssSelector("#bevestig-formulier button[type='submit']")).click();

        browser.waitForText(By.cssSelector("#bevestig-formulier .ontbreekt"), "ten minste één randvoorwaarde");
        assertThat(browser.text(By.cssSelector("#bevestig-formulier .ontbreekt")))
                .contains("laag Beleid: een verantwoordelijke voor richting, organisatie, uitvoering");
        assertThat(browser.text(By.id("bevestiging-HOU"))).contains("Nog niet bevestigd");
    }

    @Test
    void aBestuurderWithdrawsTheOwnConfirmation() {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "JEUGD");
        int revision = assessment.propose(AssessmentScenarios.REGIONAL_SCALES);
        assertThat(assessment.confirm("HOU", revision).status()).isEqualTo(200);
        awaitProjection(assessment);

        browser.login("bestuurder.hou");
        openAssessmentPage(assessment);
        browser.waitFor(By.id("intrekken-reden")).sendKeys("De raad wil eerst een zienswijze geven.");
        browser.driver.findElement(By.cssSelector("#intrekken-formulier button[type='submit']")).click();

        browser.waitForText(By.id("bevestiging-HOU"), "Nog niet bevestigd");
        browser.waitUntilHidden(By.id("intrekken-reden"));
    }
}
