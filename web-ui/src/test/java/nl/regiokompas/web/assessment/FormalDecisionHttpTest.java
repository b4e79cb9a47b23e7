package nl.regiokompas.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Issue 11 §4 through HTTP: formal decisions, the gremia that discussed a revision, the follow-up. */
class FormalDecisionHttpTest extends IntegrationTest {

    @Test
    void formal_decisions_are_recorded_per_gemeente_and_body_and_the_missing_ones_are_listed() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        jeugd.decide();

        Api.Response college = jeugd.send("bestuurder.bun", "/formal-decisions", "gemeente", "BUN", "body", "COLLEGE",
                "date", "2027-05-11", "reference", "Z-2027-114", "url", "https://bunnik.nl/besluit/114");
        Api.Response table = jeugd.send("programmateam", "/formal-decisions", "body", "BESTUURSTAFEL",
                "date", "2027-05-20", "reference", "BT-2027-07");

        assertThat(college.status()).as(college.toString()).isEqualTo(201);
        assertThat(table.status()).as(table.toString()).isEqualTo(201);
        JsonNode document = api.get("raadslid.bun", jeugd.path("?minVersion=" + jeugd.version)).json();
        assertThat(document.get("formalDecisions")).hasSize(2);
        assertThat(document.get("missingFormalDecisions")).hasSize(4);
        assertThat(document.get("missingFormalDecisions").get(0).get("gemeente").asText()).isEqualTo("HOU");
        String record = api.get("raadslid.bun", jeugd.path("/record.html")).body();
        assertThat(record).contains("het college van B en W van Bunnik").contains("Z-2027-114")
                .contains("het college van B en W van Houten").contains("nog niet vastgelegd");
    }

    @Test
    void who_may_record_which_formal_decision() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "WMO");
        jeugd.decide();

        assertThat(jeugd.send("bestuurder.bun", "/formal-decisions", "gemeente", "HOU", "body", "COLLEGE",
                "date", "2027-05-11", "reference", "X").status()).isEqualTo(403);
        assertThat(jeugd.send("programmateam", "/formal-decisions", "gemeente", "HOU", "body", "COLLEGE",
                "date", "2027-05-11", "reference", "X").status()).isEqualTo(403);
        assertThat(jeugd.send("strateeg.hou", "/formal-decisions", "gemeente", "HOU", "body", "COLLEGE",
                "date", "2027-05-11", "reference", "X").status()).isEqualTo(403);
        assertThat(jeugd.send("raadslid.hou", "/formal-decisions", "gemeente", "HOU", "body", "RAAD",
                "date", "2027-05-11", "reference", "X").status()).isEqualTo(403);
        Api.Response badBody = jeugd.send("bestuurder.hou", "/formal-decisions", "gemeente", "HOU", "body", "SENAAT",
                "date", "2027-05-11", "reference", "X");
        assertThat(badBody.status()).isEqualTo(400);
        assertThat(badBody.isProblem()).isTrue();
    }

    @Test
    void a_formal_decision_before_the_bestuurlijke_bevestiging_is_a_conflict() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "TOEZICHT");
        jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);

        Api.Response refused = jeugd.send("bestuurder.bun", "/formal-decisions", "gemeente", "BUN", "body", "COLLEGE",
                "date", "2027-05-11", "reference", "X");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("bestuurlijke bevestiging");
    }

    @Test
    void a_gremium_discussion_and_the_follow_up_are_part_of_the_document() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "LEERPLICHT");
        jeugd.decide();

        Api.Response discussed = jeugd.send("programmateam", "/discussions", "gremium", "BT", "date", "2027-05-20",
                "revision", 1, "gemeente", "HOU");
        Api.Response followUp = jeugd.send("programmateam", "/follow-up", "followUp", "NADERE_UITWERKING",
                "note", "Eerst de inkoop");
        Api.Response notByBestuurder = jeugd.send("bestuurder.bun", "/follow-up", "followUp", "DIRECT_OPGEPAKT");

        assertThat(discussed.status()).as(discussed.toString()).isEqualTo(201);
        assertThat(followUp.status()).as(followUp.toString()).isEqualTo(200);
        assertThat(notByBestuurder.status()).isEqualTo(403);
        JsonNode document = api.get("raadslid.bun", jeugd.path("?minVersion=" + jeugd.version)).json();
        assertThat(document.get("discussions").get(0).get("subject").asText()).isEqualTo("BEVESTIGING");
        assertThat(document.get("followUp").get("followUp").asText()).isEqualTo("NADERE_UITWERKING");
        assertThat(api.get("auditor", jeugd.path("/history")).body())
                .contains("Bestuurstafel besprak de bevestiging van revisie 1 door Houten")
                .contains("Vervolg na de bestuurlijke bevestiging: vraagt nadere uitwerking of besluitvorming");
    }
}
