package nl.regiokompas.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.Test;

class AssessmentDecisionFlowTest extends IntegrationTest {

    @Test
    void fifth_confirmation_records_the_decision() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        assertThat(jeugd.input("BUN", "BELEID", "C3", "REGIONAAL", "Aanbieders werken regionaal.").status()).isEqualTo(200);
        assertThat(jeugd.input("HOU", "UITVOERING", "C2", "LOKAAL", "Dicht bij inwoners.").status()).isEqualTo(200);
        int revision = jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);

        List<Boolean> decided = new ArrayList<>();
        for (String gemeente : AssessmentScenarios.GEMEENTEN) {
            Api.Response confirmation = jeugd.confirm(gemeente, revision);
            assertThat(confirmation.status()).as(confirmation.toString()).isEqualTo(200);
            decided.add(confirmation.json().get("decided").asBoolean());
        }

        assertThat(decided).containsExactly(false, false, false, false, true);
    }

    @Test
    void every_answer_carries_the_new_version() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        assertThat(wmo.version).isZero();

        wmo.input("BUN", "BELEID", "C1", null, "Specialistische kennis ontbreekt lokaal.");
        assertThat(wmo.version).isEqualTo(1);
        int revision = wmo.propose(AssessmentScenarios.REGIONAL_SCALES);

        assertThat(revision).isEqualTo(1);
        // The complete package before the proposal: 14 more inputs, 9 responsibilities, 1 precondition, then it.
        assertThat(wmo.version).isEqualTo(1 + 14 + 9 + 1 + 1);
    }

    @Test
    void history_lists_every_event_with_its_actor() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        jeugd.input("ZST", "BEDRIJFSVOERING", "C6", "REGIONAAL", "Capaciteit beter benut.");
        jeugd.decide();

        JsonNode history = api.get("auditor", jeugd.path("/history")).json();

        List<String> types = new ArrayList<>();
        history.forEach(entry -> types.add(entry.get("type").asText()));
        int proposal = types.indexOf("ThemeScaleProposed");
        assertThat(types.subList(0, 2)).containsExactly("AssessmentOpened", "CriterionInputRecorded");
        assertThat(types.subList(2, proposal)).containsOnly("CriterionInputRecorded", "ResponsibilityAssigned",
                "PreconditionRecorded");
        assertThat(types.subList(proposal, types.size())).containsExactly("ThemeScaleProposed",
                "ConfirmedByBestuurder", "ConfirmedByBestuurder", "ConfirmedByBestuurder", "ConfirmedByBestuurder",
                "ConfirmedByBestuurder", "DecisionRecorded");
        assertThat(history.get(0).get("actor").get("userId").asText()).isEqualTo("strateeg.bun");
        assertThat(history.get(1).get("actor").get("gemeente").asText()).isEqualTo("ZST");
        assertThat(history.get(proposal + 1).get("actor").get("role").asText()).isEqualTo("BESTUURDER");
        assertThat(history.get(types.size() - 1).get("actor").get("userId").asText()).isEqualTo("bestuurder.zst");
        history.forEach(entry -> {
            assertThat(entry.get("description").asText()).isNotBlank();
            assertThat(entry.get("correlationId").asText()).isNotBlank();
            assertThat(entry.get("causationId").asText()).isNotBlank();
        });
    }

    @Test
    void history_after_a_sequence_lists_only_later_events() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "LEERPLICHT");
        jeugd.input("UHR", "BELEID", "C4", "LOKAAL", "Ruimte voor lokale keuzes.");
        jeugd.input("WBD", "BELEID", "C4", "LOKAAL", "Ook hier.");

        JsonNode later = api.get("raadslid.bun", jeugd.path("/history?afterSequence=1")).json();

        assertThat(later).hasSize(1);
        assertThat(later.get(0).get("sequence").asLong()).isEqualTo(2);
    }
}
