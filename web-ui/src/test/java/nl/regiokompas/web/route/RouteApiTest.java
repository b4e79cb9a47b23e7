package nl.regiokompas.web.route;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;

/** Phase 2 over HTTP: the agenda, scores, the Bestuurstafel, each theme's place on the route, the glossary. */
class RouteApiTest extends IntegrationTest {

    private static String newThemeCode() {
        return "THEMA_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
    }

    private String addTheme(String name) {
        String code = newThemeCode();
        Api.Response added = api.post("programmateam", "/api/route/themes",
                body("themeCode", code, "name", name, "description", "Huisvesting van kwetsbare inwoners"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return code;
    }

    private JsonNode theme(String user, String code) {
        return StreamSupport.stream(api.get(user, "/api/route").json().get("themes").spliterator(), false)
                .filter(theme -> theme.get("themeCode").asText().equals(code)).findFirst().orElse(null);
    }

    private JsonNode awaitTheme(String code, String phase) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode theme = theme("raadslid.hou", code);
            assertThat(theme).isNotNull();
            assertThat(theme.get("phase").asText()).isEqualTo(phase);
        });
        return theme("raadslid.hou", code);
    }

    @Test
    void an_added_theme_is_on_the_agenda_with_its_scores_and_next_step() {
        String code = addTheme("Wonen en zorg");
        Api.Response scored = api.post("strateeg.bun", "/api/route/themes/" + code + "/scores",
                body("gemeente", "BUN", "urgency", 5, "opportunity", 3, "argument", "Wachtlijsten groeien"));
        assertThat(scored.status()).as(scored.toString()).isEqualTo(200);
        api.post("strateeg.hou", "/api/route/themes/" + code + "/scores",
                body("gemeente", "HOU", "urgency", 4, "opportunity", 2, "argument", "Speelt ook hier"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(theme("raadslid.hou", code).get("scores")).hasSize(2));
        JsonNode theme = theme("raadslid.hou", code);
        assertThat(theme.get("phase").asText()).isEqualTo("OP_AGENDA");
        assertThat(theme.get("phaseName").asText()).isEqualTo("Op de agenda");
        assertThat(theme.get("source").asText()).isEqualTo("AGENDA");
        assertThat(theme.get("description").asText()).isEqualTo("Huisvesting van kwetsbare inwoners");
        assertThat(theme.get("averageUrgency").asDouble()).isEqualTo(4.5);
        assertThat(theme.get("scores").get(0).get("argument").asText()).isEqualTo("Wachtlijsten groeien");
        assertThat(theme.get("scores").get(0).get("by").asText()).isEqualTo("strateeg.bun");
        assertThat(theme.get("notScoredBy")).extracting(JsonNode::asText).containsExactly("UHR", "WBD", "ZST");
        assertThat(theme.get("nextStep").asText())
                .isEqualTo("Nog te scoren door Utrechtse Heuvelrug, Wijk bij Duurstede, Zeist; daarna bepaalt de Bestuurstafel de volgorde.");
    }

    @Test
    void the_bestuurstafel_fixes_the_order_and_the_round_and_a_framework_theme_follows_its_assessment() {
        String code = addTheme("Schuldhulp");
        String note = "Vergadering " + UUID.randomUUID();
        Api.Response recorded = api.post("programmateam", "/api/route/bestuurstafel", body("meetingDate", "2027-03-04",
                "order", List.of(code, "LEERPLICHT"), "currentRound", List.of(code, "LEERPLICHT"), "note", note));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);

        JsonNode added = awaitTheme(code, "IN_RONDE");
        JsonNode route = api.get("bestuurder.bun", "/api/route").json();
        assertThat(route.get("themes").get(0).get("themeCode").asText()).isEqualTo(code);
        assertThat(route.get("themes").get(1).get("themeCode").asText()).isEqualTo("LEERPLICHT");
        assertThat(route.get("bestuurstafel").get("meetingDate").asText()).isEqualTo("2027-03-04");
        assertThat(route.get("bestuurstafel").get("note").asText()).isEqualTo(note);
        assertThat(added.get("position").asInt()).isEqualTo(1);
        assertThat(added.get("nextStep").asText()).contains("nieuwe versie van het afwegingskader");
        assertThat(theme("raadslid.hou", "LEERPLICHT").get("inCurrentRound").asBoolean()).isTrue();

        AssessmentScenarios leerplicht = AssessmentScenarios.open(api, "LEERPLICHT");
        assertThat(awaitTheme("LEERPLICHT", "AFWEGING_LOOPT").get("assessmentId").asText())
                .isEqualTo(leerplicht.assessmentId);
        leerplicht.decide();
        awaitTheme("LEERPLICHT", "BEVESTIGD");
        nl.regiokompas.web.weighing.WeighingScenario weighing =
                nl.regiokompas.web.weighing.WeighingScenario.open(api, "LEERPLICHT");
        weighing.raadRole("NETWERK");
        int revision = weighing.propose("NETWERK");
        for (String gemeente : List.of("BUN", "HOU", "UHR", "WBD", "ZST")) {
            Api.Response confirmed = weighing.confirm(gemeente, revision);
            assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        }
        assertThat(awaitTheme("LEERPLICHT", "VORM_GEKOZEN").get("governanceForm").asText()).isEqualTo("NETWERK");

        assertThat(api.get("auditor", "/api/route/history").body()).contains(note);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.get("auditor", "/api/evaluation")
                .json().get("route").get("agendaChanges").toString()).contains(note).contains("AgendaThemeAdded"));
    }

    @Test
    void the_glossary_keeps_revisions_and_refuses_an_edit_of_an_older_one() {
        String term = "regionaal oppakken " + UUID.randomUUID();
        Api.Response first = api.post("strateeg.zst", "/api/route/glossary",
                body("term", term, "text", "Samen uitvoeren wat samen beter gaat.", "expectedRevision", 0));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("revision").asInt()).isEqualTo(1);
        Api.Response second = api.post("bestuurder.hou", "/api/route/glossary",
                body("term", term, "text", "Samen doen wat samen beter gaat; lokaal wat lokaal kan.", "expectedRevision", 1));
        assertThat(second.json().get("revision").asInt()).isEqualTo(2);

        Api.Response stale = api.post("strateeg.bun", "/api/route/glossary",
                body("term", term, "text", "Anders", "expectedRevision", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asText()).contains("nu versie 2");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get("raadslid.bun", "/api/route").body()).contains("lokaal wat lokaal kan"));
        assertThat(api.get("auditor", "/api/route/history").body()).contains("Samen uitvoeren wat samen beter gaat.");
    }

    @Test
    void each_user_is_offered_what_the_role_matrix_allows() {
        JsonNode strateeg = api.get("strateeg.hou", "/api/route").json().get("allowed");
        assertThat(strateeg.get("mayScoreFor")).extracting(JsonNode::asText).containsExactly("HOU");
        assertThat(strateeg.get("mayRecordBestuurstafel").asBoolean()).isFalse();
        JsonNode programmateam = api.get("programmateam", "/api/route").json().get("allowed");
        assertThat(programmateam.get("mayAddTheme").asBoolean()).isTrue();
        assertThat(programmateam.get("mayScoreFor")).isEmpty();
    }

    @Test
    void bad_input_and_other_roles_are_refused_with_a_dutch_problem() {
        Api.Response forAnother = api.post("strateeg.bun", "/api/route/themes/JEUGD/scores",
                body("gemeente", "ZST", "urgency", 3, "opportunity", 3, "argument", "x"));
        assertThat(forAnother.status()).isEqualTo(403);
        Api.Response tooHigh = api.post("strateeg.bun", "/api/route/themes/JEUGD/scores",
                body("gemeente", "BUN", "urgency", 9, "opportunity", 3, "argument", "x"));
        assertThat(tooHigh.status()).isEqualTo(400);
        assertThat(tooHigh.json().get("detail").asText()).isEqualTo("Geef de urgentie als een getal van 1 (laag) tot 5 (hoog).");
        Api.Response unknownTheme = api.post("strateeg.bun", "/api/route/themes/ONBEKEND/scores",
                body("gemeente", "BUN", "urgency", 3, "opportunity", 3, "argument", "x"));
        assertThat(unknownTheme.status()).isEqualTo(400);
        Api.Response badDate = api.post("programmateam", "/api/route/bestuurstafel",
                body("meetingDate", "4 maart", "order", List.of("JEUGD")));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.isProblem()).isTrue();
        Api.Response byBestuurder = api.post("bestuurder.bun", "/api/route/themes",
                body("themeCode", newThemeCode(), "name", "x", "description", "y"));
        assertThat(byBestuurder.status()).isEqualTo(403);
        Api.Response byRaadslid = api.post("raadslid.bun", "/api/route/glossary", body("term", "mandaat", "text", "x"));
        assertThat(byRaadslid.status()).isEqualTo(403);
        Api.Response wrongType = api.postRaw("strateeg.bun", "/api/route/themes/JEUGD/scores",
                "{\"gemeente\":\"BUN\",\"urgency\":\"hoog\"}");
        assertThat(wrongType.status()).isEqualTo(400);
    }
}
