package nl.regiokompas.web.audit;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GET /api/assessments/{id}/record: the complete decision record, as JSON for machines and as a printable
 * Dutch HTML page for a gemeenteraad.
 */
class AssessmentRecordTest extends IntegrationTest {

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_json_record_holds_the_document_every_decision_the_full_history_and_the_chain_anchor() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        jeugd.input("BUN", "BELEID", "C1", "REGIONAAL", "Samen sterker.");
        jeugd.decide();
        Api.Response reopened = api.post("programmateam", jeugd.path("/reopen"),
                body("reason", "Evaluatie 2028.", "expectedVersion", jeugd.version));
        jeugd.version = reopened.version();
        jeugd.decide();

        Api.Response response = api.get("auditor", jeugd.path("/record"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode record = response.json();
        assertThat(record.get("document").get("cycle").asInt()).isEqualTo(2);
        assertThat(record.get("document").get("status").asText()).isEqualTo("BESLOTEN");
        assertThat(record.get("decisions")).hasSize(2);
        assertThat(record.get("decisions").get(0).get("cycle").asInt()).isEqualTo(1);
        assertThat(record.get("decisions").get(1).get("cycle").asInt()).isEqualTo(2);
        JsonNode history = record.get("history");
        assertThat(history).hasSize((int) jeugd.version + 1);
        assertThat(history).isEqualTo(api.get("auditor", jeugd.path("/history")).json());
        JsonNode chain = record.get("chain");
        JsonNode last = history.get(history.size() - 1);
        assertThat(chain.get("lastEventIdentifier").asText()).isEqualTo(last.get("eventId").asText());
        String storedHash = jdbc.queryForObject(
                "SELECT encode(hash, 'hex') FROM event_stream_link WHERE event_identifier = ?", String.class,
                last.get("eventId").asText());
        assertThat(chain.get("lastEventHash").asText()).isEqualTo(storedHash);
        assertThat(chain.get("lastEventPosition").asLong()).isEqualTo(jeugd.version);
        String headCoversLastEvent = jdbc.queryForObject("""
                SELECT encode(h.hash, 'hex') FROM event_checkpoint_head h
                WHERE h.aggregate_identifier = ? AND h.checkpoint <= ? ORDER BY h.checkpoint DESC LIMIT 1""",
                String.class, jeugd.assessmentId, chain.get("headPosition").asLong());
        assertThat(headCoversLastEvent).as("the record's checkpoint holds its last event as the head of its stream")
                .isEqualTo(storedHash);
        assertThat(chain.get("anchor").asText()).startsWith("cp" + chain.get("headPosition").asLong() + ":");
        assertThat(chain.get("headHash").asText()).hasSize(64);
    }

    @Test
    void the_history_shows_the_reason_a_command_gave() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        wmo.propose(AssessmentScenarios.REGIONAL_SCALES);
        wmo.intervene("HOU", "UITSTEL");

        JsonNode history = api.get("auditor", wmo.path("/history")).json();

        JsonNode intervention = history.get(history.size() - 1);
        assertThat(intervention.get("type").asText()).isEqualTo("LocalInterventionOpened");
        assertThat(intervention.get("reason").asText()).isEqualTo("De gemeenteraad wil de uitvoering lokaal houden.");
        assertThat(intervention.get("correlationId").asText()).isNotBlank();
        assertThat(intervention.get("causationId").asText()).isNotBlank();
        assertThat(intervention.get("actor").get("role").asText()).isEqualTo("BESTUURDER");
    }

    @Test
    void the_printable_record_is_a_dutch_html_page_that_escapes_every_user_text() {
        Api.Response opened = api.post("strateeg.bun", "/api/assessments",
                body("themeCode", "LEERPLICHT", "title", "Leerplicht " + SCRIPT));
        String id = opened.json().get("assessmentId").asText();
        Api.Response input = api.post("strateeg.bun", "/api/assessments/" + id + "/inputs", body("gemeente", "BUN",
                "layer", "BELEID", "criterion", "C1", "leaning", "REGIONAAL", "text", "Tekst " + SCRIPT,
                "expectedVersion", opened.version()));
        assertThat(input.status()).as(input.toString()).isEqualTo(200);

        Api.Response page = api.get("raadslid.bun", "/api/assessments/" + id + "/record.html", "text/html");
        Api.Response negotiated = api.get("raadslid.bun", "/api/assessments/" + id + "/record", "text/html");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"nl\">", "Besluitvormingsdossier", "/css/dossier.css",
                "Volledige geschiedenis", "Leerplicht &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(page.body()).doesNotContain("<script>", "<style");
        assertThat(negotiated.status()).isEqualTo(200);
        assertThat(negotiated.contentType()).startsWith("text/html");
    }

    @Test
    void a_client_that_accepts_anything_gets_the_json_record() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");

        Api.Response response = api.get("auditor", wmo.path("/record"), "*/*");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
    }

    @Test
    void the_record_of_an_unknown_assessment_is_not_found() {
        assertThat(api.get("auditor", "/api/assessments/bestaat-niet/record").status()).isEqualTo(404);
        assertThat(api.get("auditor", "/api/assessments/bestaat-niet/record.html", "text/html").status())
                .isEqualTo(404);
    }
}
