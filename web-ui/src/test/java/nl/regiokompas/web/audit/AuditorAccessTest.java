package nl.regiokompas.web.audit;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;

/**
 * The auditor reads everything, including the audit trail, and can change nothing: every write is refused
 * with 403 before it reaches a command handler, and leaves no trace in the event store.
 */
class AuditorAccessTest extends IntegrationTest {

    @Test
    void the_auditor_is_refused_every_write_and_the_assessment_stays_as_it_was() throws Exception {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        int revision = jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);
        Api.Response intervention = jeugd.intervene("BUN", "BEZWAAR");
        String interventionId = intervention.json().get("interventionId").asText();
        int eventsBefore = api.get("auditor", jeugd.path("/history")).json().size();
        long version = jeugd.version;

        Map<String, Map<String, Object>> writes = Map.ofEntries(
                Map.entry("/api/assessments", body("themeCode", "WMO")),
                Map.entry(jeugd.path("/inputs"), body("gemeente", "BUN", "layer", "BELEID", "criterion", "C1",
                        "leaning", "LOKAAL", "text", "Auditor probeert", "expectedVersion", version)),
                Map.entry(jeugd.path("/proposals"), body("scales", AssessmentScenarios.REGIONAL_SCALES,
                        "rationale", "x", "expectedVersion", version)),
                Map.entry(jeugd.path("/responsibilities"), body("layer", "BELEID", "kind", "RICHTING",
                        "level", "BESTUURLIJK", "holder", "x", "expectedVersion", version)),
                Map.entry(jeugd.path("/preconditions"), body("kind", "FINANCIEEL", "text", "x",
                        "expectedVersion", version)),
                Map.entry(jeugd.path("/confirmations"), body("gemeente", "BUN", "revision", revision,
                        "expectedVersion", version)),
                Map.entry(jeugd.path("/interventions"), body("gemeente", "BUN", "layer", "BELEID",
                        "kind", "BEZWAAR", "reason", "x", "expectedVersion", version)),
                Map.entry(jeugd.path("/interventions/" + interventionId + "/resolution"), body(
                        "outcome", "VERWORPEN", "note", "x", "expectedVersion", version)),
                Map.entry(jeugd.path("/reopen"), body("reason", "x", "expectedVersion", version)),
                Map.entry(jeugd.path("/governance-form"), body("form", "NETWERK", "rationale", "x",
                        "expectedVersion", version)),
                Map.entry("/api/mandates", body("themeCode", "JEUGD", "bestuurlijkOpdrachtgever", "x",
                        "ambtelijkOpdrachtgever", "y", "ambtenaar50", "z", "powers", List.of())),
                Map.entry("/api/mandates/m-1/amendments", body("reason", "x")),
                Map.entry("/api/mandates/m-1/end", body("reason", "x")),
                Map.entry("/api/reflections", body("level", "AMBTELIJK", "answers", Map.of(), "text", "x")),
                Map.entry("/api/admin/projections/rebuild", body()));

        for (Map.Entry<String, Map<String, Object>> write : writes.entrySet()) {
            Api.Response refused = api.post("auditor", write.getKey(), write.getValue());
            assertThat(refused.status()).as("POST " + write.getKey() + ": " + refused).isEqualTo(403);
            assertThat(refused.isProblem()).as("POST " + write.getKey()).isTrue();
        }
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            assertThat(send(method, jeugd.path(""))).as(method).isEqualTo(403);
        }

        assertThat(api.get("auditor", jeugd.path("/history")).json()).hasSize(eventsBefore);
        assertThat(api.get("auditor", jeugd.path("?minVersion=" + version)).json().get("version").asLong())
                .isEqualTo(version);
    }

    @Test
    void the_auditor_reads_the_assessments_their_history_as_of_views_provenance_records_and_the_integrity_check() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        wmo.decide();
        String decisionId = api.get("auditor", wmo.path("?minVersion=" + wmo.version)).json()
                .get("decision").get("decisionId").asText();

        List<String> reads = List.of("/api/region", "/api/framework", "/api/framework/versions", "/api/assessments",
                wmo.path(""), wmo.path("?asOf=" + Instant.now()), wmo.path("/history"), wmo.path("/record"),
                "/api/decisions", "/api/interventions", "/api/mandates", "/api/reflections", "/api/evaluation",
                "/api/audit/verify");
        for (String path : reads) {
            Api.Response read = api.get("auditor", path);
            assertThat(read.status()).as("GET " + path + ": " + read).isEqualTo(200);
        }
        assertThat(api.get("auditor", wmo.path("/record.html"), "text/html").status()).isEqualTo(200);
        assertThat(eventuallyOk("auditor", "/api/decisions/" + decisionId + "/provenance")).isTrue();
    }

    @Test
    void a_raadslid_reads_provenance_and_the_record_but_not_the_integrity_check_and_writes_nothing() {
        AssessmentScenarios toezicht = AssessmentScenarios.open(api, "TOEZICHT");
        toezicht.decide();
        String decisionId = api.get("raadslid.hou", toezicht.path("?minVersion=" + toezicht.version)).json()
                .get("decision").get("decisionId").asText();

        assertThat(eventuallyOk("raadslid.hou", "/api/decisions/" + decisionId + "/provenance")).isTrue();
        assertThat(api.get("raadslid.hou", toezicht.path("/record.html"), "text/html").status()).isEqualTo(200);
        assertThat(api.get("raadslid.hou", toezicht.path("?asOf=" + Instant.now())).status()).isEqualTo(200);
        assertThat(api.get("raadslid.hou", "/api/audit/verify").status()).isEqualTo(403);
        assertThat(api.post("raadslid.hou", toezicht.path("/reopen"),
                body("reason", "x", "expectedVersion", toezicht.version)).status()).isEqualTo(403);
    }

    private boolean eventuallyOk(String user, String path) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (api.get(user, path).status() == 200) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private int send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                .header("Authorization", Api.basic("auditor"))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
