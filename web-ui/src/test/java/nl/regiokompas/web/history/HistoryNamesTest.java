package nl.regiokompas.web.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;

/** What a person reads of an assessment's history and document: names, never codes or user ids. */
class HistoryNamesTest extends IntegrationTest {

    @Test
    void the_history_describes_an_input_with_the_names_of_the_framework() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        jeugd.input("BUN", "BELEID", "C3", "REGIONAAL", "Aanbieders werken regionaal.");

        JsonNode input = api.get("auditor", jeugd.path("/history")).json().get(1);

        assertThat(input.get("description").asText())
                .isEqualTo("Bunnik gaf input op 'Partners en infrastructuur' (Beleid), neiging regionaal")
                .doesNotContain("BUN", "C3", "BELEID", "REGIONAAL");
    }

    @Test
    void history_read_after_a_sequence_is_described_with_the_same_names() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        wmo.input("UHR", "UITVOERING", "C2", "LOKAAL", "Dicht bij inwoners.");

        JsonNode later = api.get("raadslid.bun", wmo.path("/history?afterSequence=0")).json();

        assertThat(later.get(0).get("description").asText())
                .isEqualTo("Utrechtse Heuvelrug gaf input op 'Maatwerk en lokale variatie' (Uitvoering), neiging lokaal");
    }

    @Test
    void the_opening_names_the_theme_and_the_gemeenten() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "WERK_INKOMEN");

        String opening = api.get("auditor", jeugd.path("/history")).json().get(0).get("description").asText();

        assertThat(opening).startsWith("Afwegingstraject 'Werk en inkomen' geopend voor thema Werk en inkomen met "
                + "Bunnik, Houten, Utrechtse Heuvelrug, Wijk bij Duurstede, Zeist");
    }

    @Test
    void the_document_names_who_wrote_each_part_next_to_their_user_id() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        jeugd.input("UHR", "BELEID", "C1", "REGIONAAL", "Expertise bundelen.");

        JsonNode input = api.get("auditor", jeugd.path("?asOf=" + java.time.Instant.now())).json()
                .get("inputs").get(0);

        assertThat(input.get("by").asText()).isEqualTo("strateeg.uhr");
        assertThat(input.get("byName").asText()).isEqualTo("Strateeg Utrechtse Heuvelrug");
    }
}
