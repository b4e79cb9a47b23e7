package nl.regiokompas.web.ui;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import nl.regiokompas.web.weighing.WeighingScenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * axe-core on every page as every role (also the as-of view, a decision's provenance and, for who may verify,
 * the integrity check with its outcome, the evaluation report with its chart tables open), and on the login page,
 * the 409 panel, the printable record and the printable evaluation report: no
 * violation of any impact is allowed. One browser, one sign-in per role.
 * <p>
 * Every role opens every page, but axe-core runs once per distinct rendered state ({@link RenderedState}): a
 * page whose document is exactly the same as one an earlier role saw (apart from who is signed in) has that
 * verdict. Pages that differ by role (forms, buttons and panels for some roles only, the Integriteit menu
 * item) are checked for each variant; the class prints how many states it checked.
 */
class AccessibilityBrowserTest extends BrowserTest {

    /** A decided assessment with a resolved intervention, a mandate and a reflection: pages with content. */
    private static AssessmentScenarios decided;
    /** A form weighing on that decided theme, with a score, the raden's role and a proposal. */
    private static WeighingScenario weighing;
    /** axe-core's violations by {@link RenderedState} key, over all roles of this class. */
    private static final Map<String, List<String>> VERDICTS_BY_STATE = new HashMap<>();
    private static int pagesSeenBefore;

    @BeforeEach
    void writeAHistoryOnce() {
        if (decided != null) {
            return;
        }
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "JEUGD");
        assessment.input("HOU", "BELEID", "C1", "LOKAAL", "Houten kent eigen prioriteiten.");
        String interventionId = assessment.intervene("ZST", "BEZWAAR").json().get("interventionId").asText();
        assessment.resolve(interventionId, "INGETROKKEN");
        assessment.decide();
        Api.Response mandate = api.post("programmateam", "/api/mandates", body("themeCode", "JEUGD",
                "bestuurlijkOpdrachtgever", "Wethouder Bunnik", "ambtelijkOpdrachtgever", "Directeur",
                "ambtenaar50", "Projectleider", "powers", List.of(Map.of("decision", "Inkoop",
                        "holderRole", "BESTUURLIJK_OPDRACHTGEVER"))));
        assertThat(mandate.status()).as(mandate.toString()).isEqualTo(201);
        Api.Response reflection = api.post("programmateam", "/api/reflections", body("assessmentId",
                assessment.assessmentId, "level", "BESTUURLIJK", "text", "De rollen waren helder."));
        assertThat(reflection.status()).as(reflection.toString()).isEqualTo(201);
        api.get("auditor", assessment.path("?minVersion=" + assessment.version));
        Api.Response proposal = api.post("programmateam", "/api/framework/proposals",
                nl.regiokompas.web.framework.FrameworkProposals.withNewPrinciple(api,
                        "Toegankelijk " + java.util.UUID.randomUUID(), "Een voorstel om de pagina Kader te toetsen"));
        assertThat(proposal.status()).as(proposal.toString()).isEqualTo(201);
        decided = assessment;
        weighing = WeighingScenario.open(api, "JEUGD");
        weighing.score("BUN", "NETWERK", "SNELHEID", 2);
        weighing.score("HOU", "NETWERK", "SNELHEID", -1);
        weighing.raadRole("NETWERK");
        weighing.propose("NETWERK");
        weighing.document("auditor");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"strateeg.bun", "bestuurder.bun", "raadslid.bun", "programmateam", "auditor", "griffier.bun"})
    void everyPageHasNoAxeViolationForThisRole(String user) {
        browser.login(user);
        Map<String, List<String>> found = new LinkedHashMap<>();
        String assessment = "#/afweging/" + decided.assessmentId;
        check(found, "#/", "Afwegingen", By.cssSelector("main table"));
        check(found, assessment, "Afweging: Jeugd", By.id("kenmerken"));
        List<WebElement> folded = browser.driver.findElements(By.cssSelector("#matrix-inklapper summary"));
        if (!folded.isEmpty()) {
            folded.get(0).click();
            browser.waitFor(By.id("cel-BELEID-C1-HOU"));
            found.put(assessment + " (inbreng opengeklapt)", violationsOfThisState());
        }
        check(found, assessment + "/geschiedenis", "Geschiedenis", By.id("tijdlijn"));
        check(found, "#/besluiten", "Bestuurlijke bevestigingen", By.id("besluiten"));
        check(found, "#/mandaten", "Mandaten", By.id("mandaten-lijst"));
        check(found, "#/interventies", "Interventies", By.id("interventies-lijst"));
        check(found, "#/reflecties", "Reflecties", By.id("reflecties-lijst"));
        check(found, "#/evaluatie", "Evaluatierapport", By.id("vraag-4"));
        // issue 15: the report with a chart's data table open, and its printable document
        browser.script("document.querySelectorAll('#evaluatie details').forEach(details => details.open = true)");
        found.put("#/evaluatie (gegevens van de grafieken open)", violationsOfThisState());
        check(found, "#/route", "Route van de regio", By.id("route-tabel"));
        check(found, "#/kader", "Afwegingskader", By.cssSelector("#kader-voorstellen article"));
        check(found, "#/raad", "De raad van Bunnik", By.id("raad-themas"));
        check(found, assessment + "/stand", "Eerdere stand", By.id("stand-schuif"));
        check(found, "#/vormafweging", "Vormafweging", By.id("vormafwegingen"));
        check(found, "#/vormafweging/" + weighing.weighingId, "Vorm JEUGD", By.id("vormmatrix"));
        String decisionId = api.get("auditor", decided.path("")).json().get("decision").get("decisionId").asText();
        check(found, "#/besluiten/" + decisionId, "Herkomst van de bestuurlijke bevestiging", By.cssSelector("main section"));
        if (user.equals("auditor") || user.equals("programmateam")) {
            check(found, "#/integriteit", "Integriteit controleren", By.id("integriteit-formulier"));
            browser.driver.findElement(By.cssSelector("#integriteit-formulier button[type='submit']")).click();
            browser.waitFor(By.id("integriteit-oordeel"));
            found.put("#/integriteit (uitkomst)", violationsOfThisState());
        }

        assertNoViolations(user, found);
    }

    /** The printable documents are rendered on the server, the same for every role: checked once. */
    @Test
    void thePrintableDocumentsHaveNoAxeViolation() {
        browser.login("auditor");
        Map<String, List<String>> found = new LinkedHashMap<>();
        browser.driver.get(api.baseUrl() + decided.path("/record.html"));
        browser.waitFor(By.tagName("h1"));
        found.put("record.html", Axe.violations(browser));
        browser.driver.get(api.baseUrl() + "/api/evaluation/report.html?from=2020-01-01");
        browser.waitFor(By.cssSelector("figure.grafiek svg"));
        found.put("report.html", Axe.violations(browser));

        assertNoViolations("auditor", found);
    }

    @Test
    void theLoginPageHasNoAxeViolation() {
        browser.driver.get(api.baseUrl() + "/login");
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(api.baseUrl() + "/login");
        browser.waitFor(By.id("username"));

        assertNoViolations("signed out", Map.of("/login", Axe.violations(browser)));
    }

    @Test
    void theConflictPanelHasNoAxeViolation() {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "JEUGD");
        api.get("strateeg.hou", assessment.path("?minVersion=" + assessment.version));
        browser.login("strateeg.hou");
        browser.open("#/afweging/" + assessment.assessmentId, "Afweging: Jeugd");
        WebElement liveToggle = browser.driver.findElement(By.id("live-aan"));
        if (liveToggle.isSelected()) {
            liveToggle.click();
        }
        Api.Response other = api.post("programmateam", assessment.path("/inputs"), body(
                "gemeente", "HOU", "layer", "BELEID", "criterion", "C1", "leaning", "LOKAAL",
                "text", "Het programmateam noteerde de lijn van Houten.", "expectedVersion", assessment.version));
        assertThat(other.status()).as(other.toString()).isEqualTo(200);
        browser.driver.findElement(By.id("bewerk-BELEID-C1-HOU")).click();
        browser.waitFor(By.id("tekst-BELEID-C1-HOU")).sendKeys("Houten wil regionale beleidskaders.");
        browser.driver.findElement(By.cssSelector("#bewerker-BELEID-C1-HOU button[type='submit']")).click();
        browser.waitForText(By.cssSelector("#bewerker-BELEID-C1-HOU .conflict"), "Iemand anders was u voor");

        assertNoViolations("strateeg.hou", Map.of("409 panel", Axe.violations(browser)));
    }

    /** The raad's forms on the assessment page (issue 12), each shown to whom may use it, in the state that allows it. */
    @Test
    void theRaadFormsHaveNoAxeViolation() {
        nl.regiokompas.web.raad.RaadScenario raad = nl.regiokompas.web.raad.RaadScenario.proposed(api,
                "LEERLINGENVERVOER", List.of("UHR", "ZST"));
        String kaderId = raad.setKader("LEERLINGENVERVOER", "UHR", "Vervoer blijft gratis.");
        try {
            Map<String, List<String>> found = new LinkedHashMap<>();
            String page = "#/afweging/" + raad.assessmentId;
            raadForm(found, "programmateam", page, "zienswijzeperiode-formulier");
            nl.regiokompas.web.raad.RaadScenario.ok(raad.send("programmateam", "/zienswijze-periods",
                    "endsOn", nl.regiokompas.web.raad.RaadScenario.inTwoDays()));
            raadForm(found, "griffier.uhr", page, "zienswijze-formulier");
            for (String gemeente : List.of("UHR", "ZST")) {
                nl.regiokompas.web.raad.RaadScenario.ok(raad.send("griffier." + gemeente.toLowerCase(), "/zienswijzen",
                        "gemeente", gemeente, "text", "Zienswijze.", "raadsbesluit", body("date", "2027-02-04", "reference", "RB")));
            }
            nl.regiokompas.web.raad.RaadScenario.ok(raad.send("bestuurder.uhr", "/confirmations", "gemeente", "UHR",
                    "revision", 1, "kaders", List.of(body("kaderId", kaderId, "within", false, "explanation", "Een eigen bijdrage."))));
            raadForm(found, "griffier.uhr", page, "raadsoordeel-formulier", "raad-geinformeerd-formulier");
            raad.propose("Een tweede revisie.");
            raadForm(found, "strateeg.uhr", page, "zienswijze-antwoord-formulier");
            assertNoViolations("the raad's forms", found);
        } finally {
            raad.withdrawKaders();
        }
    }

    private void raadForm(Map<String, List<String>> found, String user, String page, String... formIds) {
        browser.login(user);
        browser.open(page, "Afweging: Leerlingenvervoer");
        for (String formId : formIds) {
            browser.waitFor(By.id(formId));
        }
        found.put(page + " (" + user + ", " + String.join(", ", formIds) + ")", Axe.violations(browser));
    }

    private void check(Map<String, List<String>> found, String route, String heading, By content) {
        browser.open(route, heading);
        browser.waitFor(content);
        found.put(route, violationsOfThisState());
    }

    /**
     * axe-core's verdict on the page as it is now, run once per distinct rendered state: a page that renders
     * exactly the same for an earlier role (see {@link RenderedState}) has that role's verdict.
     */
    private static List<String> violationsOfThisState() {
        String state = RenderedState.of(browser);
        List<String> verdict = VERDICTS_BY_STATE.get(state);
        if (verdict == null) {
            verdict = Axe.violations(browser);
            VERDICTS_BY_STATE.put(state, verdict);
        } else {
            pagesSeenBefore++;
        }
        return verdict;
    }

    @AfterAll
    static void reportHowManyStatesWereChecked() {
        System.out.println("axe-core ran on " + VERDICTS_BY_STATE.size() + " distinct page states; "
                + pagesSeenBefore + " (page, role) pairs rendered a state checked before");
    }

    private static void assertNoViolations(String who, Map<String, List<String>> found) {
        StringBuilder report = new StringBuilder();
        found.forEach((page, violations) -> violations.forEach(violation ->
                report.append('\n').append(page).append(": ").append(violation)));
        assertThat(report.toString()).as("axe-core violations as " + who).isEmpty();
    }
}
