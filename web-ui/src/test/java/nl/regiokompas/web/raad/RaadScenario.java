package nl.regiokompas.web.raad;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.assessment.AssessmentScenarios;

/**
 * An assessment of a few gemeenten with revision 1 proposed, and the kaders a test set for it (withdrawn again by
 * {@link #withdrawKaders()}: kaders apply to every assessment of their theme, and the tests share one database).
 */
public final class RaadScenario {

    private final Api api;
    private final AssessmentScenarios assessment;
    public final String assessmentId;
    public long version;
    private final List<String[]> kaders = new ArrayList<>();

    private RaadScenario(Api api, AssessmentScenarios assessment) {
        this.api = api;
        this.assessment = assessment;
        this.assessmentId = assessment.assessmentId;
        this.version = assessment.version;
    }

    /** An assessment of {@code gemeenten} with a complete package, revision 1 proposed. */
    public static RaadScenario proposed(Api api, String themeCode, List<String> gemeenten) {
        RaadScenario scenario = new RaadScenario(api, AssessmentScenarios.open(api, themeCode, gemeenten));
        scenario.propose("Regionaal organiseren.");
        return scenario;
    }

    /** The day after tomorrow in Dutch time: an end date of a zienswijze period that is still running. */
    public static String inTwoDays() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(2).toString();
    }

    public String path(String suffix) {
        return "/api/assessments/" + assessmentId + suffix;
    }

    /** Proposes the regional scales on the complete package: a first, or with another rationale a next revision. */
    public void propose(String rationale) {
        assessment.version = version;
        assessment.preparePackage(AssessmentScenarios.REGIONAL_SCALES);
        version = assessment.version;
        ok(send("strateeg.hou", "/proposals", "scales", AssessmentScenarios.REGIONAL_SCALES, "rationale", rationale,
                "deviations", assessment.deviationsFor(AssessmentScenarios.REGIONAL_SCALES)));
    }

    public String setKader(String themeCode, String gemeente, String text) {
        Api.Response set = api.post("griffier." + gemeente.toLowerCase(), "/api/kaders", body("gemeente", gemeente,
                "themeCode", themeCode, "text", text, "raadsbesluit", body("date", "2027-01-28", "reference", "RB-K1")));
        assertThat(set.status()).as(set.toString()).isEqualTo(201);
        String kaderId = set.json().get("kaderId").asText();
        kaders.add(new String[]{kaderId, gemeente});
        return kaderId;
    }

    public void withdrawKaders() {
        kaders.forEach(kader -> api.post("griffier." + kader[1].toLowerCase(), "/api/kaders/" + kader[0]
                + "/withdrawal", body("raadsbesluit", body("date", "2027-12-01", "reference", "RB-opruimen"))));
        kaders.clear();
    }

    /** Sends {@code keysAndValues} with the current expectedVersion as {@code user} to {@code suffix}. */
    public Api.Response send(String user, String suffix, Object... keysAndValues) {
        Object[] withVersion = java.util.Arrays.copyOf(keysAndValues, keysAndValues.length + 2);
        withVersion[keysAndValues.length] = "expectedVersion";
        withVersion[keysAndValues.length + 1] = version;
        Api.Response response = api.post(user, path(suffix), body(withVersion));
        if (response.status() / 100 == 2) {
            version = response.version();
        }
        return response;
    }

    /** Follows the version after a change made elsewhere (in the browser). */
    public void refresh() {
        version = api.get("programmateam", path("")).json().get("version").asLong();
    }

    public static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }
}
