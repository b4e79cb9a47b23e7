package nl.regiokompas.web.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;

/** The report as people see it over HTTP: the printable document with its anchor, and the charts. */
class ReportDocumentTest extends IntegrationTest {

    private static final Pattern ANCHOR = Pattern.compile("<p class=\"anker\">([^<]+)</p>");

    @Test
    void thePrintableReportCarriesTheChainHeadAsAnAnchorThatVerifies() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        jeugd.decide();

        Api.Response page = api.get("raadslid.bun", "/api/evaluation/report.html?from=2020-01-01", "text/html");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"nl\">", "Evaluatierapport", "/css/dossier.css",
                "Werkt het zoals bedoeld?", "Definities in het kort", "Verankering");
        assertThat(page.body()).doesNotContain("<script", "<style", " style=");
        Matcher anchor = ANCHOR.matcher(page.body());
        assertThat(anchor.find()).as("an anchor paragraph").isTrue();
        String text = anchor.group(1);
        // A checkpoint of the stream heads ("cp<n>:<hash>", docs/audit.md) written after the report was read.
        assertThat(text).matches("cp\\d+:\\S+");
        JsonNode verified = api.get("auditor", "/api/audit/verify?anchor=" + text).json();
        assertThat(verified.get("anchor").get("matches").asBoolean()).as(verified.toString()).isTrue();
    }

    @Test
    void thePrintableReportDrawsItsChartsInlineWithTheirDataTables() {
        Api.Response page = api.get("auditor", "/api/evaluation/report.html", "text/html");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("<svg", "role=\"img\"", "doorlooptijden-titel", "interventies-titel",
                "raad-titel");
    }

    @Test
    void aChartIsServedAsAnSvgPictureNamedByItsTitle() {
        Api.Response chart = api.get("raadslid.hou", "/api/evaluation/report/charts/interventies.svg?from=2020-01-01",
                "image/svg+xml");

        assertThat(chart.status()).as(chart.toString()).isEqualTo(200);
        assertThat(chart.contentType()).startsWith("image/svg+xml");
        assertThat(chart.body()).startsWith("<svg").contains("role=\"img\"", "<title id=\"interventies-titel\">",
                "<desc id=\"interventies-beschrijving\">");
    }

    @Test
    void theChartsAreAlsoDataWithTitleSummaryAndValues() {
        JsonNode charts = api.get("strateeg.bun", "/api/evaluation/report/charts").json();

        assertThat(charts.findValuesAsText("id")).contains("doorlooptijden", "interventies", "raad");
        JsonNode leadTimes = charts.get(0);
        assertThat(leadTimes.get("title").asText()).startsWith("Doorlooptijd per thema");
        assertThat(leadTimes.get("summary").asText()).isNotBlank();
        assertThat(leadTimes.get("series")).hasSize(3);
    }

    @Test
    void anUnknownChartIsNotFoundWithADutchProblem() {
        Api.Response chart = api.get("auditor", "/api/evaluation/report/charts/taart.svg", "application/problem+json");

        assertThat(chart.status()).isEqualTo(404);
        assertThat(chart.isProblem()).isTrue();
        assertThat(chart.json().get("detail").asText()).contains("Er is geen grafiek 'taart'");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        Api.Response page = api.get("auditor", "/api/evaluation/report.html?from=2027-01-01&to=2026-01-01",
                "application/problem+json");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.json().get("detail").asText()).contains("einde van de periode");
    }
}
