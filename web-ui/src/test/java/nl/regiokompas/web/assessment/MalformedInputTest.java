package nl.regiokompas.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Throws hostile bodies at every editing endpoint, as the writer who may use it: whatever arrives, the answer
 * is a 4xx problem+json, never a 500, and the event store is unchanged.
 */
class MalformedInputTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private static final List<String> HOSTILE_BODIES = List.of(
            "", "null", "[]", "42", "\"tekst\"", "{", "{}", "{\"expectedVersion\":null}",
            "{\"expectedVersion\":-1}", "{\"expectedVersion\":99999999999999999999}",
            "{\"gemeente\":null,\"layer\":null,\"criterion\":null,\"text\":null,\"expectedVersion\":0}",
            "{\"gemeente\":[],\"layer\":{},\"criterion\":1,\"text\":true,\"expectedVersion\":0}",
            "{\"scales\":\"REGIONAAL\",\"rationale\":\"x\",\"expectedVersion\":0}",
            "{\"scales\":{\"BELEID\":null},\"rationale\":\"x\",\"expectedVersion\":0}",
            "{\"gemeenten\":[null],\"themeCode\":\"JEUGD\"}", "{\"themeCode\":null}",
            "{\"gemeente\":\"BUN\",\"revision\":\"een\",\"expectedVersion\":0}",
            "{\"gemeente\":\"BUN\",\"revision\":2147483648,\"expectedVersion\":0}",
            "{\"kind\":\"ONBEKEND\",\"gemeente\":\"BUN\",\"layer\":\"BELEID\",\"reason\":\"x\",\"expectedVersion\":0}",
            "{\"outcome\":\"MISSCHIEN\",\"note\":\"x\",\"expectedVersion\":0}",
            "{\"powers\":[null],\"themeCode\":\"ONBEKEND\"}", "{\"powers\":\"alles\",\"themeCode\":null}",
            "{\"answers\":{\"\":\"\"},\"level\":\"AMBTELIJK\"}", "{\"answers\":[1,2],\"level\":\"AMBTELIJK\"}",
            "{\"level\":\"AMBTELIJK\",\"assessmentId\":\"../../etc/passwd\",\"text\":\"x\"}",
            "{\"text\":\"\\u0000\",\"gemeente\":\"BUN\",\"layer\":\"BELEID\",\"criterion\":\"C1\",\"expectedVersion\":0}",
            "{\"text\":\"half \\ud800\",\"gemeente\":\"BUN\",\"layer\":\"BELEID\",\"criterion\":\"C1\",\"expectedVersion\":0}",
            "{\"text\":\"\\udc00\",\"gemeente\":\"BUN\",\"layer\":\"BELEID\",\"criterion\":\"C2\",\"expectedVersion\":0}",
            "{\"themeCode\":\"JEUGD\",\"title\":\"\\ud83d titel\"}",
            "{\"gemeente\":\"BUN\",\"layer\":\"UITVOERING\",\"kind\":\"BEZWAAR\",\"reason\":\"\\ud800\",\"expectedVersion\":0}",
            "{\"level\":\"AMBTELIJK\",\"text\":\"reflectie \\udfff\"}",
            "{\"expectedVersion\":-101}", "{\"expectedVersion\":-9223372036854775808}",
            "{\"expectedVersion\":99}", "{\"expectedVersion\":9223372036854775807}");

    private record Endpoint(String user, String path) {
    }

    @Test
    void no_hostile_body_gets_a_500_or_leaves_a_trace() {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "JEUGD");
        List<Endpoint> endpoints = List.of(
                new Endpoint("strateeg.bun", "/api/assessments"),
                new Endpoint("strateeg.bun", assessment.path("/inputs")),
                new Endpoint("strateeg.bun", assessment.path("/proposals")),
                new Endpoint("strateeg.bun", assessment.path("/responsibilities")),
                new Endpoint("strateeg.bun", assessment.path("/preconditions")),
                new Endpoint("bestuurder.bun", assessment.path("/confirmations")),
                new Endpoint("bestuurder.bun", assessment.path("/interventions")),
                new Endpoint("programmateam", assessment.path("/interventions/onbekend/resolution")),
                new Endpoint("programmateam", assessment.path("/reopen")),
                new Endpoint("programmateam", assessment.path("/governance-form")),
                new Endpoint("programmateam", "/api/mandates"),
                new Endpoint("programmateam", "/api/mandates/onbekend/amendments"),
                new Endpoint("programmateam", "/api/mandates/onbekend/end"),
                new Endpoint("strateeg.bun", "/api/reflections"));
        // The event store, not a projection that may still be catching up with earlier tests, says what was stored.
        long eventsBefore = storedEvents();

        List<String> unexpected = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (String body : HOSTILE_BODIES) {
                Api.Response response = api.postRaw(endpoint.user(), endpoint.path(), body);
                boolean refused = response.status() >= 400 && response.status() < 500 && response.isProblem();
                if (!refused) {
                    unexpected.add(endpoint.path() + " " + body + " -> " + response);
                }
            }
        }

        assertThat(unexpected).isEmpty();
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
