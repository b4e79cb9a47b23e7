package nl.regiokompas.api.assessment;

import nl.regiokompas.api.mandate.MandateEnded;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentEventDescriptionsTest {

    private static Map<String, String> scales() {
        Map<String, String> scales = new LinkedHashMap<>();
        scales.put("BELEID", "REGIONAAL");
        scales.put("BEDRIJFSVOERING", "REGIONAAL");
        scales.put("UITVOERING", "LOKAAL");
        return scales;
    }

    @Test
    void input_names_gemeente_cell_and_leaning() {
        assertThat(AssessmentEventDescriptions.describe(
                new CriterionInputRecorded("a-1", 1, "HOU", "BELEID", "C3", "REGIONAAL", "Argument")))
                .isEqualTo("HOU gaf input op criterium C3, laag BELEID (neiging REGIONAAL)");
    }

    @Test
    void a_proposal_lists_the_scale_per_layer() {
        assertThat(AssessmentEventDescriptions.describe(new ThemeScaleProposed("a-1", 1, 2, scales(), "Omdat")))
                .isEqualTo("Voorstel revisie 2: BELEID REGIONAAL, BEDRIJFSVOERING REGIONAAL, UITVOERING LOKAAL");
    }

    @Test
    void a_confirmation_names_the_gemeente_and_revision() {
        assertThat(AssessmentEventDescriptions.describe(new ConfirmedByBestuurder("a-1", 1, "BUN", 2, null)))
                .isEqualTo("Bestuurder van BUN bevestigde revisie 2");
    }

    @Test
    void a_decision_names_scales_and_who_confirmed() {
        Instant now = Instant.parse("2027-03-01T12:00:00Z");
        assertThat(AssessmentEventDescriptions.describe(new DecisionRecorded("a-1", "d-1", "JEUGD", 1, 2, scales(),
                List.of(), List.of(), List.of(new Confirmation("BUN", 2, "bestuurder.bun", now),
                new Confirmation("HOU", 2, "bestuurder.hou", now)))))
                .isEqualTo("Besluit vastgelegd op revisie 2: BELEID REGIONAAL, BEDRIJFSVOERING REGIONAAL, "
                        + "UITVOERING LOKAAL; bevestigd door BUN, HOU");
    }

    @Test
    void long_texts_are_shortened_to_one_line() {
        String description = AssessmentEventDescriptions.describe(new MandateEnded("m-1", "JEUGD", "x".repeat(300)));
        assertThat(description).startsWith("Mandaat voor thema JEUGD beëindigd: ").endsWith("…").hasSizeLessThan(130);
    }

    @Test
    void an_unknown_payload_is_described_by_its_type() {
        assertThat(AssessmentEventDescriptions.describe(42)).isEqualTo("Integer");
    }
}
