package nl.regiokompas.web.evaluation;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import nl.regiokompas.web.framework.FrameworkProposals;
import nl.regiokompas.web.weighing.WeighingScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 "Also": the evaluation JSON, its machine CSV and its Dutch spreadsheet carry the route: framework
 * proposals with every gemeente's answer, the agenda with its scores, Bestuurstafel meetings and follow-ups and their
 * changes over time, and the form weighings with their scores and confirmations. The facts are this test's own
 * (a new agenda theme, a new framework proposal, a weighing of its own); the shared server holds others beside them.
 */
class EvaluationRouteExportTest extends IntegrationTest {

    private static Facts facts;

    /** What this test recorded, once for all its scenarios. */
    private record Facts(int frameworkVersion, String declineReason, String themeCode, String themeName,
                         String note, String weighingId, String assessmentId) {
    }

    @BeforeEach
    void recordTheFactsOnce() {
        if (facts == null) {
            facts = record();
        }
    }

    private Facts record() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Response proposed = api.post("programmateam", "/api/framework/proposals",
                FrameworkProposals.withNewPrinciple(api, "Export " + suffix, "Voor de evaluatie"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        int version = proposed.json().get("version").asInt();
        assertThat(api.post("bestuurder.bun", "/api/framework/versions/" + version + "/adoptions",
                body("gemeente", "BUN")).status()).isEqualTo(200);
        String reason = "=Eerst de raad horen " + suffix;
        Api.Response declined = api.post("bestuurder.hou", "/api/framework/versions/" + version + "/declines",
                body("gemeente", "HOU", "reason", reason));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);

        String themeCode = "EXPORT_" + suffix;
        String themeName = "Wonen en zorg " + suffix;
        assertThat(api.post("programmateam", "/api/route/themes", body("themeCode", themeCode, "name", themeName,
                "description", "Huisvesting van kwetsbare inwoners")).status()).isEqualTo(201);
        assertThat(api.post("strateeg.bun", "/api/route/themes/" + themeCode + "/scores", body("gemeente", "BUN",
                "urgency", 3, "opportunity", 2, "argument", "Eerste indruk")).status()).isEqualTo(200);
        assertThat(api.post("strateeg.bun", "/api/route/themes/" + themeCode + "/scores", body("gemeente", "BUN",
                "urgency", 5, "opportunity", 4, "argument", "Wachtlijsten groeien")).status()).isEqualTo(200);
        String note = "Bestuurstafel " + suffix;
        assertThat(api.post("programmateam", "/api/route/bestuurstafel", body("meetingDate", "2027-03-04",
                "order", List.of(themeCode), "currentRound", List.of(themeCode), "note", note)).status())
                .isEqualTo(201);

        AssessmentScenarios assessment = AssessmentScenarios.open(api, "SOCIALE_TEAMS");
        assessment.decide();
        WeighingScenario weighing = WeighingScenario.open(api, "SOCIALE_TEAMS");
        assertThat(weighing.score("BUN", "NETWERK", "SNELHEID", 2).status()).isEqualTo(200);
        assertThat(weighing.score("HOU", "NETWERK", "SNELHEID", -1).status()).isEqualTo(200);
        weighing.raadRole("NETWERK");
        int revision = weighing.propose("NETWERK");
        for (String gemeente : AssessmentScenarios.GEMEENTEN) {
            assertThat(weighing.confirm(gemeente, revision).status()).isEqualTo(200);
        }
        Api.Response followUp = assessment.send("programmateam", "/follow-up", "followUp", "DIRECT_OPGEPAKT",
                "note", "Start in januari");
        assertThat(followUp.status()).as(followUp.toString()).isEqualTo(200);

        Facts recorded = new Facts(version, reason, themeCode, themeName, note, weighing.weighingId,
                assessment.assessmentId);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode route = api.get("auditor", "/api/evaluation").json().get("route");
            assertThat(route.get("followUps").toString()).contains(recorded.assessmentId());
            assertThat(api.get("auditor", "/api/evaluation").json().get("weighings").toString())
                    .contains(recorded.weighingId() + "\",\"title\"").contains("\"chosenForm\":\"NETWERK\"");
        });
        return recorded;
    }

    private static JsonNode find(JsonNode items, String field, String value) {
        return StreamSupport.stream(items.spliterator(), false)
                .filter(item -> item.path(field).asText().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no item with " + field + "=" + value + " in " + items));
    }

    @Test
    void the_evaluation_json_carries_the_agenda_its_score_history_meetings_follow_ups_and_the_weighing_matrix() {
        JsonNode evaluation = api.get("auditor", "/api/evaluation").json();
        JsonNode route = evaluation.get("route");

        JsonNode adoption = find(route.get("frameworkAdoptions"), "version", String.valueOf(facts.frameworkVersion()));
        assertThat(find(adoption.get("positions"), "gemeente", "HOU").get("reason").asText())
                .isEqualTo(facts.declineReason());
        JsonNode agendaTheme = find(route.get("agenda"), "themeCode", facts.themeCode());
        assertThat(agendaTheme.get("inCurrentRound").asBoolean()).isTrue();
        assertThat(find(agendaTheme.get("scores"), "gemeente", "BUN").get("urgency").asInt()).isEqualTo(5);
        JsonNode added = find(route.get("themesAdded"), "themeCode", facts.themeCode());
        assertThat(added.get("name").asText()).isEqualTo(facts.themeName());
        assertThat(added.get("by").asText()).isEqualTo("programmateam");
        List<JsonNode> scores = StreamSupport.stream(route.get("scoreChanges").spliterator(), false)
                .filter(score -> score.get("themeCode").asText().equals(facts.themeCode())).toList();
        assertThat(scores).extracting(score -> score.get("urgency").asInt()).containsExactly(3, 5);
        assertThat(scores.get(1).get("argument").asText()).isEqualTo("Wachtlijsten groeien");
        JsonNode meeting = find(route.get("bestuurstafel"), "note", facts.note());
        assertThat(meeting.get("meetingDate").asText()).isEqualTo("2027-03-04");
        assertThat(meeting.get("currentRound")).extracting(JsonNode::asText).containsExactly(facts.themeCode());
        JsonNode followUp = find(route.get("followUps"), "assessmentId", facts.assessmentId());
        assertThat(followUp.get("followUp").asText()).isEqualTo("DIRECT_OPGEPAKT");
        assertThat(followUp.get("returnsToAgenda").asBoolean()).isFalse();

        JsonNode weighing = find(evaluation.get("weighings"), "weighingId", facts.weighingId());
        assertThat(weighing.get("matrix")).hasSize(2);
        assertThat(find(weighing.get("matrix"), "gemeente", "HOU").get("score").asInt()).isEqualTo(-1);
        assertThat(weighing.get("confirmedBy")).hasSize(5);
        assertThat(weighing.get("proposal").get("form").asText()).isEqualTo("NETWERK");
    }

    @Test
    void the_machine_csv_has_a_table_per_part_of_the_route_with_codes_after_the_decisions() {
        String csv = api.get("auditor", "/api/evaluation", "text/csv").body();

        assertThat(csv.split("\r\n")[0]).startsWith("themeCode,decisionId,");
        assertThat(line(csv, "frameworkAdoption," + facts.frameworkVersion() + ",", ",HOU,"))
                .contains(",AFGEWEZEN," + facts.declineReason() + ",")
                .contains(",bestuurder.hou");
        assertThat(line(csv, "agenda,", "," + facts.themeCode() + ",")).contains(",IN_RONDE,true,")
                .contains(",BUN,5,4,Wachtlijsten groeien,");
        assertThat(line(csv, "themeAdded,", "," + facts.themeCode() + ",")).contains(facts.themeName());
        assertThat(lines(csv, "scoreChange,", "," + facts.themeCode() + ",")).hasSize(2);
        assertThat(line(csv, "bestuurstafel,2027-03-04,", facts.note())).contains(facts.themeCode());
        assertThat(line(csv, "followUp,", facts.assessmentId())).contains(",DIRECT_OPGEPAKT,false,");
        assertThat(line(csv, "weighingScore," + facts.weighingId() + ",", ",HOU,"))
                .contains(",NETWERK,SNELHEID,-1,Argument van HOU,");
        assertThat(lines(csv, "weighingConfirmation," + facts.weighingId() + ",", "")).hasSize(5);
        assertThat(line(csv, "weighingConfirmation," + facts.weighingId() + ",", ",ZST,")).contains(",NETWERK,");
    }

    @Test
    void the_spreadsheet_names_the_route_in_dutch_and_shows_a_formula_like_reason_as_text() {
        String sheet = api.get("auditor", "/api/evaluation/spreadsheet").body();

        assertThat(line(sheet, "Afwegingskader;" + facts.frameworkVersion() + ";", ";Houten;"))
                .contains(";Afgewezen;'" + facts.declineReason());
        assertThat(sheet).contains("Tabel;Versie;Gebaseerd op versie;Status;");
        assertThat(line(sheet, "Agenda;", ";" + facts.themeName() + ";")).contains(";In de huidige ronde;ja;")
                .contains(";Bunnik;5;4;Wachtlijsten groeien;");
        assertThat(line(sheet, "Bestuurstafel;04-03-2027;", facts.note())).contains(facts.themeName());
        assertThat(line(sheet, "Vormafweging: score;", ";Houten;"))
                .contains(";netwerkorganisatie;snelheid en flexibiliteit;'-1;");
        assertThat(line(sheet, "Vormafweging: bevestiging;", ";Zeist;")).contains(";netwerkorganisatie;");
        assertThat(sheet).doesNotContain(";" + facts.themeCode() + ";");
    }

    @Test
    void the_report_spreadsheet_carries_the_same_tables_after_its_figures() {
        String sheet = api.get("auditor", "/api/evaluation/report/spreadsheet").body();

        assertThat(sheet.split("\r\n")[0]).startsWith("\uFEFFOnderdeel;Cijfer;");
        assertThat(line(sheet, "Agenda;", ";" + facts.themeName() + ";")).contains(";Bunnik;5;4;");
        assertThat(line(sheet, "Vormafweging: score;", ";Houten;")).contains(";snelheid en flexibiliteit;'-1;");
        assertThat(api.get("auditor", "/api/evaluation/report", "text/csv").body())
                .contains("weighingScore," + facts.weighingId() + ",");
    }

    private static List<String> lines(String csv, String start, String containing) {
        return Arrays.stream(csv.split("\r\n")).filter(l -> l.startsWith(start) && l.contains(containing)).toList();
    }

    private static String line(String csv, String start, String containing) {
        List<String> found = lines(csv, start, containing);
        assertThat(found).as("a line starting with %s containing %s", start, containing).isNotEmpty();
        return found.get(found.size() - 1);
    }
}
