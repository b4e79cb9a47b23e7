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
        ensureActiveMandate(api, themeCode);
        return opened(api, api.post("strateeg.bun", "/api/assessments", body("themeCode", themeCode)));
    }

    /** An assessment of only {@code gemeenten}, opened by the strateeg of the first. */
    public static AssessmentScenarios open(Api api, String themeCode, List<String> gemeenten) {
        ensureActiveMandate(api, themeCode);
        return opened(api, api.post("strateeg." + gemeenten.get(0).toLowerCase(), "/api/assessments",
                body("themeCode", themeCode, "gemeenten", gemeenten)));
    }

    private static AssessmentScenarios opened(Api api, Api.Response opened) {
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return new AssessmentScenarios(api, opened.json().get("assessmentId").asText(), opened.version());
    }

    /** Opens an assessment of {@code themeCode} in which only {@code gemeenten} take part. */
    public static AssessmentScenarios openFor(Api api, String themeCode, List<String> gemeenten) {
        ensureActiveMandate(api, themeCode);
        Api.Response opened = api.post("strateeg.bun", "/api/assessments", body("themeCode", themeCode,
                "gemeenten", gemeenten));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return new AssessmentScenarios(api, opened.json().get("assessmentId").asText(), opened.version());
    }

    /**
     * Registers a mandate for the theme unless the one registered last is active, so that a package of the theme can
     * be complete: the command side counts the mandate registered last (unless ended) as the theme's active one, and
     * other tests of the shared database may have ended theirs.
     */
    public static void ensureActiveMandate(Api api, String themeCode) {
        Api.Response mandates = api.get("programmateam", "/api/mandates?themeCode=" + themeCode);
        com.fasterxml.jackson.databind.JsonNode last = null;
        for (var mandate : mandates.json()) {
            if (last == null || java.time.Instant.parse(mandate.get("registeredAt").asText())
                    .isAfter(java.time.Instant.parse(last.get("registeredAt").asText()))) {
                last = mandate;
            }
        }
        if (last != null && last.get("active").asBoolean()) {
            return;
        }
        Api.Response registered = api.post("programmateam", "/api/mandates", body("themeCode", themeCode,
                "bestuurlijkOpdrachtgever", "Wethouder Houten", "ambtelijkOpdrachtgever", "Directeur Sociaal Domein",
                "ambtenaar50", "Programmaleider", "powers", List.of(Map.of("decision", "Inkoop jeugdhulp",
                        "holderRole", "BESTUURLIJK_OPDRACHTGEVER"))));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    }

    /** The document as it is now (at least the version this scenario last saw). */
    public com.fasterxml.jackson.databind.JsonNode document() {
        Api.Response document = api.get("programmateam", path("?minVersion=" + version));
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        return document.json();
    }

    /**
     * Everything a complete package needs besides its scales, added where it is missing: an input of every gemeente on
     * every layer (leaning to the scale that will be proposed), a holder for every kind of every layer, and a
     * precondition. Done before a proposal, since a change of the package after one makes a new revision.
     */
    public void preparePackage(Map<String, String> scales) {
        var document = document();
        List<String> participants = new java.util.ArrayList<>();
        document.get("gemeenten").forEach(gemeente -> participants.add(gemeente.asText()));
        for (String layer : List.of("BELEID", "BEDRIJFSVOERING", "UITVOERING")) {
            for (String gemeente : participants) {
                boolean given = false;
                for (var input : document.get("inputs")) {
                    given |= input.get("gemeente").asText().equals(gemeente) && input.get("layer").asText().equals(layer);
                }
                if (!given) {
                    Api.Response input = input(gemeente, layer, "C6", scales.get(layer), "Inbreng van " + gemeente + ".");
                    assertThat(input.status()).as(input.toString()).isEqualTo(200);
                }
            }
            for (String kind : List.of("RICHTING", "ORGANISATIE", "UITVOERING")) {
                boolean held = false;
                for (var responsibility : document.get("responsibilities")) {
                    held |= responsibility.get("layer").asText().equals(layer)
                            && responsibility.get("kind").asText().equals(kind);
                }
                if (!held) {
                    Api.Response assigned = track(api.post("strateeg.hou", path("/responsibilities"), body("layer", layer,
                            "kind", kind, "level", "AMBTELIJK", "holder", "Programmateam Sociaal Domein",
                            "expectedVersion", version)));
                    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
                }
            }
        }
        if (document.get("preconditions").isEmpty()) {
            Api.Response precondition = track(api.post("strateeg.hou", path("/preconditions"), body("kind", "MIDDELEN",
                    "text", "Gedeeld budget voor de regionale inkoop.", "owner", "Programmateam",
                    "expectedVersion", version)));
            assertThat(precondition.status()).as(precondition.toString()).isEqualTo(200);
        }
    }

    /** A reason for every layer whose scale departs from the most frequent leaning in the document (comply or explain). */
    public Map<String, String> deviationsFor(Map<String, String> scales) {
        Map<String, String> deviations = new java.util.LinkedHashMap<>();
        for (var layer : document().get("guideline")) {
            List<String> mostFrequent = new java.util.ArrayList<>();
            layer.get("mostFrequent").forEach(scale -> mostFrequent.add(scale.asText()));
            String code = layer.get("layer").asText();
            if (!mostFrequent.isEmpty() && !mostFrequent.contains(scales.get(code))) {
                deviations.put(code, "Afgewogen in het kernteam: de schaal past beter bij de opgave.");
            }
        }
        return deviations;
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

    /** Proposes {@code scales} on a complete package ({@link #preparePackage}), explaining any deviation. */
    public int propose(Map<String, String> scales) {
        preparePackage(scales);
        Api.Response response = track(api.post("strateeg.hou", path("/proposals"), body(
                "scales", scales, "rationale", "Bundeling van expertise; uitvoering dicht bij inwoners.",
                "expectedVersion", version, "deviations", deviationsFor(scales))));
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

    public Api.Response withdraw(String gemeente, String reason) {
        return track(api.post("bestuurder." + gemeente.toLowerCase(), path("/confirmations/" + gemeente + "/withdrawal"),
                body("reason", reason, "expectedVersion", version)));
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

    public Api.Response track(Api.Response response) {
        if (response.status() / 100 == 2) {
            version = response.version();
        }
        return response;
    }
}
