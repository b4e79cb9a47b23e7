package nl.regiokompas.web.assessment;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.regiokompas.web.Api;

/** Steps of the assessment flow over HTTP, as the integration tests of several features need them. */
public final class AssessmentScenarios {

    public static final List<String> GEMEENTEN = List.of("BUN", "HOU", "UHR", "WBD", "ZST");
    public static final Map<String, String> REGIONAL_SCALES = Map.of(
            "BELEID", "REGIONAAL", "BEDRIJFSVOERING", "REGIONAAL", "UITVOERING", "LOKAAL");

    private final Api api;
    public final String assessmentId;
    public long version;

    private final Map<String, String> interveners = new java.util.HashMap<>();

    private AssessmentScenarios(Api api, String assessmentId, long version) {
        this.api = api;
        this.assessmentId = assessmentId;
        this.version = version;
    }

    public static AssessmentScenarios open(Api api, String themeCode) {
        Api.Response opened = api.post("strateeg.bun", "/api/assessments", body("themeCode", themeCode));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return new AssessmentScenarios(api, opened.json().get("assessmentId").asText(), opened.version());
    }

    public String path(String suffix) {
        return "/api/assessments/" + assessmentId + suffix;
    }

    public Api.Response input(String gemeente, String layer, String criterion, String leaning, String text) {
        Api.Response response = api.post("strateeg." + gemeente.toLowerCase(), path("/inputs"), body(
                "gemeente", gemeente, "layer", layer, "criterion", criterion, "leaning", leaning, "text", text,
                "expectedVersion", version));
        return track(response);
    }

    public int propose(Map<String, String> scales) {
        Api.Response response = track(api.post("strateeg.hou", path("/proposals"), body(
                "scales", scales, "rationale", "Bundeling van expertise; uitvoering dicht bij inwoners.",
                "expectedVersion", version)));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("revision").asInt();
    }

    public Api.Response confirm(String gemeente, int revision) {
        return track(api.post("bestuurder." + gemeente.toLowerCase(), path("/confirmations"), body(
                "gemeente", gemeente, "revision", revision, "expectedVersion", version)));
    }

    public Api.Response intervene(String gemeente, String kind) {
        Api.Response response = track(api.post("bestuurder." + gemeente.toLowerCase(), path("/interventions"), body(
                "gemeente", gemeente, "layer", "UITVOERING", "kind", kind,
                "reason", "De gemeenteraad wil de uitvoering lokaal houden.", "expectedVersion", version)));
        if (response.status() == 201) {
            interveners.put(response.json().get("interventionId").asText(), gemeente);
        }
        return response;
    }

    /** Withdrawing is for the intervening gemeente's bestuurder; the other outcomes are sent by the programmateam. */
    public Api.Response resolve(String interventionId, String outcome) {
        String user = "INGETROKKEN".equals(outcome) && interveners.containsKey(interventionId)
                ? "bestuurder." + interveners.get(interventionId).toLowerCase() : "programmateam";
        return track(api.post(user, path("/interventions/" + interventionId + "/resolution"), body(
                "outcome", outcome, "note", "Besproken in de Bestuurstafel.", "expectedVersion", version)));
    }

    /** Sends {@code body} (with the current expectedVersion) as {@code user} to {@code suffix} of this assessment. */
    public Api.Response send(String user, String suffix, Object... keysAndValues) {
        Object[] withVersion = java.util.Arrays.copyOf(keysAndValues, keysAndValues.length + 2);
        withVersion[keysAndValues.length] = "expectedVersion";
        withVersion[keysAndValues.length + 1] = version;
        return track(api.post(user, path(suffix), body(withVersion)));
    }

    /** Proposes the regional scales and has every bestuurder confirm; answers the last confirmation. */
    public Api.Response decide() {
        int revision = propose(REGIONAL_SCALES);
        Api.Response last = null;
        for (String gemeente : GEMEENTEN) {
            last = confirm(gemeente, revision);
            assertThat(last.status()).as(last.toString()).isEqualTo(200);
        }
        return last;
    }

    private Api.Response track(Api.Response response) {
        if (response.status() / 100 == 2) {
            version = response.version();
        }
        return response;
    }
}
