package nl.regiokompas.web.assessment;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Stream;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An expectedVersion that no client can have seen (negative, or above the assessment's current version) is
 * bad input on every editing endpoint: 400 problem+json naming the field, and nothing stored. Each body is
 * otherwise valid, so that an accepted version would show as a stored event.
 */
class ExpectedVersionRangeTest extends IntegrationTest {

    /** One editing endpoint: who may call it and its valid body for a given expectedVersion. */
    private record Edit(String user, String suffix, boolean needsDecision, LongFunction<Map<String, Object>> body) {
    }

    static Stream<Named<Edit>> editingEndpoints() {
        return Stream.of(
                Named.of("inputs", new Edit("strateeg.bun", "/inputs", false, version -> body(
                        "gemeente", "BUN", "layer", "BELEID", "criterion", "C1", "leaning", "LOKAAL",
                        "text", "Overschreven?", "expectedVersion", version))),
                Named.of("proposals", new Edit("strateeg.bun", "/proposals", false, version -> body(
                        "scales", AssessmentScenarios.REGIONAL_SCALES, "rationale", "Overschreven?",
                        "expectedVersion", version))),
                Named.of("responsibilities", new Edit("strateeg.bun", "/responsibilities", false, version -> body(
                        "layer", "BELEID", "kind", "UITVOERING", "level", "AMBTELIJK", "holder", "Regio",
                        "expectedVersion", version))),
                Named.of("preconditions", new Edit("strateeg.bun", "/preconditions", false, version -> body(
                        "kind", "MIDDELEN", "text", "Budget", "expectedVersion", version))),
                Named.of("confirmations", new Edit("bestuurder.bun", "/confirmations", false, version -> body(
                        "gemeente", "BUN", "revision", 1, "expectedVersion", version))),
                Named.of("interventions", new Edit("bestuurder.bun", "/interventions", false, version -> body(
                        "gemeente", "BUN", "layer", "UITVOERING", "kind", "BEZWAAR", "reason", "Raad",
                        "expectedVersion", version))),
                Named.of("resolution", new Edit("bestuurder.wbd", "/interventions/{intervention}/resolution", false,
                        version -> body("outcome", "INGETROKKEN", "note", "Besproken", "expectedVersion", version))),
                Named.of("reopen", new Edit("programmateam", "/reopen", true, version -> body(
                        "reason", "Nieuwe feiten", "expectedVersion", version))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editingEndpoints")
    void a_version_nobody_can_have_seen_is_bad_input_and_stores_nothing(Edit edit) {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "JEUGD");
        assessment.input("HOU", "BELEID", "C1", "REGIONAAL", "Samen sterker.");
        assessment.input("BUN", "BELEID", "C1", "LOKAAL", "Dichtbij.");
        String intervention = assessment.intervene("WBD", "BEZWAAR").json().get("interventionId").asText();
        if (edit.needsDecision()) {
            assessment.resolve(intervention, "INGETROKKEN");
            assessment.decide();
        } else {
            assessment.propose(AssessmentScenarios.REGIONAL_SCALES);
        }
        long current = assessment.version;
        String path = assessment.path(edit.suffix().replace("{intervention}", intervention));
        int eventsBefore = historySize(assessment);

        List<String> notRefused = new ArrayList<>();
        for (long unseen : new long[] {-1, -101, Long.MIN_VALUE, current + 1, 99, Long.MAX_VALUE}) {
            Api.Response response = api.post(edit.user(), path, edit.body().apply(unseen));
            boolean refused = response.status() == 400 && response.isProblem()
                    && "expectedVersion".equals(response.json().path("errors").path(0).path("field").asText())
                    && response.json().path("detail").asText().contains(String.valueOf(unseen));
            if (!refused) {
                notRefused.add(unseen + " -> " + response);
            }
        }

        assertThat(notRefused).isEmpty();
        assertThat(historySize(assessment)).as("nothing stored").isEqualTo(eventsBefore);
        Api.Response accepted = api.post(edit.user(), path, edit.body().apply(current));
        assertThat(accepted.status() / 100).as("the current version is accepted: " + accepted).isEqualTo(2);
    }

    private int historySize(AssessmentScenarios assessment) {
        return api.get("auditor", assessment.path("/history")).json().size();
    }
}
