package nl.regiokompas.web.weighing;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.assessment.AssessmentScenarios;

/** A form weighing driven over HTTP as the region's people would: each step with the user whose step it is. */
public final class WeighingScenario {

    public static final List<String> FORMS = List.of("NETWERK", "CENTRUMREGELING_UITGEBREID");

    private final Api api;
    public final String weighingId;
    public long version;

    private WeighingScenario(Api api, String weighingId, long version) {
        this.api = api;
        this.weighingId = weighingId;
        this.version = version;
    }

    /** Decides an assessment of {@code themeCode} and opens a weighing of the two forms on it. */
    public static WeighingScenario openOnDecided(Api api, String themeCode) {
        AssessmentScenarios.open(api, themeCode).decide();
        return open(api, themeCode);
    }

    /** Opens a weighing of the two forms on {@code themeCode}, which has a decided assessment already. */
    public static WeighingScenario open(Api api, String themeCode) {
        Api.Response opened = api.post("strateeg.bun", "/api/weighings",
                body("title", "Vorm " + themeCode, "themeCodes", List.of(themeCode), "forms", FORMS));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return new WeighingScenario(api, opened.json().get("weighingId").asText(), opened.version());
    }

    /** A weighing opened elsewhere (in a browser), driven from here on. */
    public static WeighingScenario of(Api api, String weighingId) {
        return new WeighingScenario(api, weighingId, 0);
    }

    public String path(String suffix) {
        return "/api/weighings/" + weighingId + suffix;
    }

    public Api.Response score(String gemeente, String form, String criterion, int score) {
        return track(api.post("strateeg." + gemeente.toLowerCase(), path("/scores"), body("gemeente", gemeente,
                "form", form, "criterion", criterion, "score", score, "argument", "Argument van " + gemeente)));
    }

    public Api.Response raadRole(String form) {
        return track(api.post("programmateam", path("/raad-roles"), body("form", form,
                "text", "De raden stellen de kaders; het netwerk legt per gemeente verantwoording af.")));
    }

    public int propose(String form) {
        Api.Response proposed = track(api.post("programmateam", path("/proposals"),
                body("form", form, "rationale", "Licht en snel, past bij de gekozen inhoud.")));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        return proposed.json().get("revision").asInt();
    }

    public Api.Response confirm(String gemeente, int revision) {
        return track(api.post("bestuurder." + gemeente.toLowerCase(), path("/confirmations"),
                body("gemeente", gemeente, "revision", revision, "note", "Akkoord")));
    }

    /** The bestuurder of {@code gemeente} intervenes on the current proposal; answers the intervention's id. */
    public String intervene(String gemeente) {
        Api.Response opened = track(api.post("bestuurder." + gemeente.toLowerCase(), path("/interventions"),
                body("gemeente", gemeente, "kind", "BEZWAAR", "reason", "Eerst de raad horen")));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().get("interventionId").asText();
    }

    public Api.Response resolve(String user, String interventionId, Object... fields) {
        return track(api.post(user, path("/interventions/" + interventionId + "/resolution"), body(fields)));
    }

    /** The weighing as {@code user} sees it once the projection reached the last version. */
    public JsonNode document(String user) {
        Api.Response read = api.get(user, path("?minVersion=" + version));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json();
    }

    private Api.Response track(Api.Response response) {
        if (response.status() / 100 == 2) {
            version = response.version();
        }
        return response;
    }
}
