package nl.regiokompas.web.raad;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gemeenteraad over HTTP: the griffier records kaders, the bestuurder answers them when confirming, the raad's
 * verdict, zienswijzen and informing, and the raad's own page. Kaders apply to every assessment of their theme, so
 * each test withdraws the kaders it set (the tests share one database).
 */
class RaadFlowTest extends IntegrationTest {

    private static final String THEME = "SOCIALE_TEAMS";
    private static final Map<String, Object> BESLUIT = body("date", "2027-01-28", "reference", "RB-2027-04");
    private final List<String[]> kadersSet = new ArrayList<>();

    @AfterEach
    void withdrawKaders() {
        kadersSet.forEach(kader -> api.post("griffier." + kader[1].toLowerCase(), "/api/kaders/" + kader[0]
                + "/withdrawal", body("raadsbesluit", body("date", "2027-12-01", "reference", "RB-opruimen"))));
    }

    private String setKader(String gemeente, String text) {
        Api.Response set = api.post("griffier." + gemeente.toLowerCase(), "/api/kaders", body("gemeente", gemeente,
                "themeCode", THEME, "text", text, "raadsbesluit", BESLUIT));
        assertThat(set.status()).as(set.toString()).isEqualTo(201);
        String kaderId = set.json().get("kaderId").asText();
        kadersSet.add(new String[]{kaderId, gemeente});
        return kaderId;
    }

    /** An assessment of Bunnik and Houten on the theme, with revision 1 proposed. */
    private Assessment proposedForBunAndHou() {
        RaadScenario proposed = RaadScenario.proposed(api, THEME, List.of("BUN", "HOU"));
        return new Assessment(proposed.assessmentId, proposed.version);
    }

    private final class Assessment {
        final String id;
        long version;

        Assessment(String id, long version) {
            this.id = id;
            this.version = version;
        }

        String path(String suffix) {
            return "/api/assessments/" + id + suffix;
        }

        Api.Response track(Api.Response response) {
            if (response.status() / 100 == 2) {
                version = response.version();
            }
            return response;
        }

        Api.Response confirm(String gemeente, Object kaders) {
            return track(api.post("bestuurder." + gemeente.toLowerCase(), path("/confirmations"), body("gemeente",
                    gemeente, "revision", 1, "expectedVersion", version, "kaders", kaders)));
        }

        Api.Response post(String user, String suffix, Map<String, Object> request) {
            request.put("expectedVersion", version);
            return track(api.post(user, path(suffix), request));
        }
    }

    @Test
    void the_griffier_records_a_kader_that_the_raad_page_and_the_assessment_show() {
        String kaderId = setKader("BUN", "Wijkteams blijven lokaal aangestuurd.");
        Assessment assessment = proposedForBunAndHou();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode page = api.get("raadslid.bun", "/api/raad/BUN").json();
            JsonNode theme = themeOf(page, THEME);
            assertThat(theme.get("kaders").get(0).get("kaderId").asText()).isEqualTo(kaderId);
            assertThat(theme.get("assessments").toString()).contains(assessment.id);
            JsonNode raad = api.get("strateeg.hou", assessment.path("/raad")).json();
            assertThat(raad.get("gemeenten").get(0).get("kaders").get(0).get("text").asText())
                    .isEqualTo("Wijkteams blijven lokaal aangestuurd.");
        });
    }

    @Test
    void a_griffier_writes_only_for_the_own_gemeente_and_a_raadslid_not_at_all() {
        Api.Response other = api.post("griffier.bun", "/api/kaders", body("gemeente", "HOU", "themeCode", THEME,
                "text", "Tekst", "raadsbesluit", BESLUIT));
        Api.Response raadslid = api.post("raadslid.bun", "/api/kaders", body("gemeente", "BUN", "themeCode", THEME,
                "text", "Tekst", "raadsbesluit", BESLUIT));

        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("detail").asText())
                .isEqualTo("Een griffier legt alleen vast voor de eigen gemeente (Bunnik), niet voor Houten.");
        assertThat(raadslid.status()).isEqualTo(403);
    }

    @Test
    void a_griffier_neither_confirms_nor_edits_the_package() {
        Assessment assessment = proposedForBunAndHou();

        assertThat(assessment.confirm("BUN", List.of()).status()).isEqualTo(200);
        Api.Response confirm = api.post("griffier.hou", assessment.path("/confirmations"), body("gemeente", "HOU",
                "revision", 1, "expectedVersion", assessment.version));
        Api.Response input = api.post("griffier.hou", assessment.path("/inputs"), body("gemeente", "HOU",
                "layer", "BELEID", "criterion", "C1", "text", "x", "expectedVersion", assessment.version));

        assertThat(confirm.status()).isEqualTo(403);
        assertThat(input.status()).isEqualTo(403);
    }

    @Test
    void a_confirmation_that_leaves_out_a_kader_is_refused_naming_it() {
        setKader("HOU", "De regionale bijdrage stijgt niet meer dan 3%.");
        Assessment assessment = proposedForBunAndHou();

        Api.Response refused = assessment.confirm("HOU", List.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("raad van Houten")
                .contains("'De regionale bijdrage stijgt niet meer dan 3%.' (raadsbesluit RB-2027-04)");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("kaders");
    }

    @Test
    void outside_a_kader_the_confirmation_waits_for_the_raad_until_the_griffier_records_its_verdict() {
        String kaderId = setKader("HOU", "De regionale bijdrage stijgt niet meer dan 3%.");
        Assessment assessment = proposedForBunAndHou();
        assertThat(assessment.confirm("BUN", List.of()).status()).isEqualTo(200);

        Api.Response conditional = assessment.confirm("HOU", List.of(body("kaderId", kaderId, "within", false,
                "explanation", "De bijdrage stijgt 5%.")));
        assertThat(conditional.status()).as(conditional.toString()).isEqualTo(200);
        assertThat(conditional.json().get("decided").asBoolean()).isFalse();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode waiting = themeOf(api.get("griffier.hou", "/api/raad/HOU").json(), THEME).get("waiting");
            assertThat(waiting.toString()).contains(assessment.id).contains("VOORWAARDELIJK");
        });

        Api.Response verdict = assessment.post("griffier.hou", "/raad-verdicts", body("gemeente", "HOU",
                "revision", 1, "agreed", true, "raadsbesluit", body("date", "2027-03-04", "reference", "RB-2027-12")));

        assertThat(verdict.status()).as(verdict.toString()).isEqualTo(200);
        assertThat(verdict.json().get("decided").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api.get("raadslid.hou", assessment.path("/raad")).json().get("gemeenten").get(1).get("confirmation")
                        .get("status").asText()).isEqualTo("INGESTEMD"));
    }

    @Test
    void confirmations_wait_for_the_zienswijzen_and_the_next_revision_answers_them() {
        Assessment assessment = proposedForBunAndHou();
        String endsOn = LocalDate.now().plusDays(30).toString();
        assertThat(assessment.post("strateeg.bun", "/zienswijze-periods", body("endsOn", endsOn)).status())
                .isEqualTo(403);
        assertThat(assessment.post("programmateam", "/zienswijze-periods", body("endsOn", endsOn)).status())
                .isEqualTo(200);

        Api.Response waits = assessment.confirm("BUN", List.of());
        assertThat(waits.status()).isEqualTo(409);
        assertThat(waits.json().get("detail").asText()).contains("zienswijze").contains("Bunnik, Houten");

        for (String gemeente : List.of("BUN", "HOU")) {
            Api.Response given = assessment.post("griffier." + gemeente.toLowerCase(), "/zienswijzen", body(
                    "gemeente", gemeente, "text", "Let op de wijkteams.", "raadsbesluit", BESLUIT));
            assertThat(given.status()).as(given.toString()).isEqualTo(200);
        }
        assertThat(assessment.confirm("BUN", List.of()).status()).isEqualTo(200);
        assessment.track(api.post("strateeg.hou", assessment.path("/proposals"), body("scales",
                AssessmentScenarios.REGIONAL_SCALES, "rationale", "Revisie 2.", "expectedVersion", assessment.version)));
        Api.Response answered = assessment.post("strateeg.hou", "/zienswijze-answers", body("gemeente", "HOU",
                "revision", 1, "text", "De wijkteams blijven lokaal."));

        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode period = api.get("raadslid.hou", assessment.path("/raad")).json().get("zienswijzePeriods").get(0);
            assertThat(period.get("zienswijzen")).hasSize(2);
            assertThat(period.get("zienswijzen").toString()).contains("De wijkteams blijven lokaal.");
        });
    }

    @Test
    void the_bestuurder_records_informing_and_the_evaluation_counts_it() {
        Assessment assessment = proposedForBunAndHou();
        assertThat(assessment.confirm("BUN", List.of()).status()).isEqualTo(200);

        Api.Response informed = assessment.post("bestuurder.bun", "/raad-informing", body("gemeente", "BUN",
                "kind", "RAADSINFORMATIEBRIEF", "date", LocalDate.now().toString(), "reference", "RIB-2027-08"));
        Api.Response notOwn = assessment.post("griffier.hou", "/raad-informing", body("gemeente", "BUN",
                "kind", "RAADSINFORMATIEBRIEF", "date", LocalDate.now().toString(), "reference", "RIB-2027-08"));

        assertThat(informed.status()).as(informed.toString()).isEqualTo(200);
        assertThat(notOwn.status()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode bun = api.get("raadslid.bun", assessment.path("/raad")).json().get("gemeenten").get(0);
            assertThat(bun.get("confirmation").get("informedOn").asText()).isEqualTo(LocalDate.now().toString());
            assertThat(bun.get("informed").get(0).get("reference").asText()).isEqualTo("RIB-2027-08");
            JsonNode figures = api.get("auditor", "/api/evaluation").json().get("raad");
            assertThat(figures.toString()).contains("\"themeCode\":\"" + THEME + "\"");
        });
    }

    @Test
    void the_page_of_an_unknown_gemeente_is_not_found() {
        Api.Response unknown = api.get("raadslid.bun", "/api/raad/XYZ");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).contains("Bunnik");
    }

    private static JsonNode themeOf(JsonNode page, String themeCode) {
        for (JsonNode theme : page.get("themes")) {
            if (theme.get("themeCode").asText().equals(themeCode)) {
                return theme;
            }
        }
        throw new AssertionError("No theme " + themeCode + " in " + page);
    }
}
