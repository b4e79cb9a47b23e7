package nl.regiokompas.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.evaluation.Evaluation;
import nl.regiokompas.api.raad.RaadFigure;
import org.junit.jupiter.api.Test;

class EvaluationCsvTest {

    private static final Instant DECIDED = Instant.parse("2027-06-01T10:00:00Z");
    private static final String RAAD_HEADERS = "raadKaderBeforeFirstProposal,raadDaysKaderBeforeFirstProposal,"
            + "raadZienswijzen,raadConfirmations,raadConfirmationsNeedingRaad,raadConfirmationsInformed,"
            + "raadAverageDaysToInforming";
    private static final List<RaadFigure> RAAD = List.of(
            new RaadFigure("JEUGD", "BUN", true, 15.0, 1, 2, 1, 2, 12.0),
            new RaadFigure("JEUGD", "HOU", false, null, 1, 1, 0, 0, null),
            new RaadFigure("WMO", "UTR", false, null, 0, 1, 1, 0, null));

    @Test
    void a_theme_row_carries_the_raads_figures_per_gemeente() {
        String[] lines = EvaluationCsv.write(evaluation(List.of(decision())).withRaad(RAAD)).split("\r\n");

        assertThat(lines[1]).endsWith(",BUN=true;HOU=false,BUN=15.0,BUN=1;HOU=1,BUN=2;HOU=1,BUN=1;HOU=0,BUN=2;HOU=0,"
                + "BUN=12.0");
    }

    @Test
    void a_theme_only_the_raad_was_active_on_gets_its_own_row() {
        String[] lines = EvaluationCsv.write(evaluation(List.of()).withRaad(RAAD)).split("\r\n");

        assertThat(lines).hasSize(3);
        assertThat(lines[2]).startsWith("WMO,,,").endsWith(",,,UTR=false,,UTR=0,UTR=1,UTR=1,UTR=0,");
    }

    @Test
    void each_decision_is_a_row_with_a_scale_column_per_layer() {
        String csv = EvaluationCsv.write(evaluation(List.of(decision())));

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("themeCode,decisionId,assessmentId,cycle,revision,revisions,firstProposedAt,"
                + "decidedAt,leadTimeDays,scale_BELEID,scale_UITVOERING,scaleChanges,interventions,"
                + "interventionsPerGemeente,themeInterventionsPerGemeente,themeReflectionsPerLevel,"
                + RAAD_HEADERS);
        assertThat(lines[1]).isEqualTo("JEUGD,d1,a1,2,3,2,2027-05-01T10:00:00Z,2027-06-01T10:00:00Z,31.0,REGIONAAL,"
                + "LOKAAL,UITVOERING:REGIONAAL>LOKAAL,3,BUN=1;HOU=2,BUN=1;HOU=2,AMBTELIJK=1,,,,,,,");
    }

    @Test
    void a_theme_without_decisions_still_gets_a_row() {
        String[] lines = EvaluationCsv.write(evaluation(List.of())).split("\r\n");

        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith("JEUGD,,,").endsWith(",BUN=1;HOU=2,AMBTELIJK=1,,,,,,,");
        assertThat(lines[1].split(",", -1)).hasSameSizeAs(lines[0].split(","));
    }

    @Test
    void a_field_with_a_comma_or_quote_is_quoted() {
        Evaluation evaluation = new Evaluation(null, null, List.of(new Evaluation.Theme("A,\"B\"", 0, null, 0,
                List.of(), Map.of(), Map.of())), Map.of());

        assertThat(EvaluationCsv.write(evaluation).split("\r\n")[1]).startsWith("\"A,\"\"B\"\"\",");
    }

    private static Evaluation evaluation(List<Evaluation.Decision> decisions) {
        return new Evaluation(null, null, List.of(new Evaluation.Theme("JEUGD", decisions.size(), 31.0, 2.0, decisions,
                Map.of("BUN", 1, "HOU", 2), Map.of("AMBTELIJK", 1))), Map.of("AMBTELIJK", 1));
    }

    private static Evaluation.Decision decision() {
        return new Evaluation.Decision("d1", "a1", 2, 3, 2, Instant.parse("2027-05-01T10:00:00Z"), DECIDED,
                2_678_400L, 31.0, new java.util.TreeMap<>(Map.of("BELEID", "REGIONAAL", "UITVOERING", "LOKAAL")),
                Map.of("UITVOERING", "REGIONAAL>LOKAAL"), new java.util.TreeMap<>(Map.of("BUN", 1, "HOU", 2)));
    }
}
