package nl.regiokompas.query.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.decision.DecisionHistoryEntry;
import nl.regiokompas.api.evaluation.Evaluation;
import org.junit.jupiter.api.Test;

class EvaluationAssemblerTest {

    private static final Instant Y2027 = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant Y2028 = Instant.parse("2028-01-01T00:00:00Z");

    @Test
    void a_scale_change_is_measured_against_the_previous_decision_even_before_the_period() {
        EvaluationFacts facts = new EvaluationFacts(List.of(
                decision("d1", "a1", 1, Map.of("BELEID", "REGIONAAL", "UITVOERING", "LOKAAL"), Y2027),
                decision("d2", "a1", 2, Map.of("BELEID", "REGIONAAL", "UITVOERING", "REGIONAAL"), Y2028)),
                List.of(), List.of());

        Evaluation evaluation = EvaluationAssembler.assemble(facts, Y2028, null);

        Evaluation.Theme jeugd = evaluation.themes().get(0);
        assertThat(jeugd.decisionCount()).isEqualTo(1);
        assertThat(jeugd.decisions().get(0).scaleChanges()).containsExactly(Map.entry("UITVOERING", "LOKAAL>REGIONAAL"));
    }

    @Test
    void the_first_decision_of_a_theme_has_no_scale_changes() {
        EvaluationFacts facts = new EvaluationFacts(List.of(
                decision("d1", "a1", 1, Map.of("BELEID", "REGIONAAL"), Y2027)), List.of(), List.of());

        Evaluation evaluation = EvaluationAssembler.assemble(facts, null, null);

        assertThat(evaluation.themes().get(0).decisions().get(0).scaleChanges()).isEmpty();
    }

    @Test
    void interventions_count_per_gemeente_for_the_theme_and_per_cycle_for_the_decision() {
        EvaluationFacts facts = new EvaluationFacts(
                List.of(decision("d1", "a1", 1, Map.of("BELEID", "LOKAAL"), Y2027.plusSeconds(60))),
                List.of(new EvaluationFacts.Intervention("JEUGD", "a1", 1, "BUN", Y2027),
                        new EvaluationFacts.Intervention("JEUGD", "a1", 1, "BUN", Y2027),
                        new EvaluationFacts.Intervention("JEUGD", "a1", 2, "HOU", Y2028)),
                List.of());

        Evaluation evaluation = EvaluationAssembler.assemble(facts, null, Y2028);

        Evaluation.Theme jeugd = evaluation.themes().get(0);
        assertThat(jeugd.interventionsPerGemeente()).containsExactly(Map.entry("BUN", 2));
        assertThat(jeugd.decisions().get(0).interventionsPerGemeente()).containsExactly(Map.entry("BUN", 2));
    }

    @Test
    void reflections_count_per_level_per_theme_and_in_total() {
        EvaluationFacts facts = new EvaluationFacts(List.of(), List.of(), List.of(
                new EvaluationFacts.Reflection("WMO", "AMBTELIJK", Y2027),
                new EvaluationFacts.Reflection(null, "AMBTELIJK", Y2027),
                new EvaluationFacts.Reflection("WMO", "BESTUURLIJK", Y2028)));

        Evaluation evaluation = EvaluationAssembler.assemble(facts, Y2027, Y2028);

        assertThat(evaluation.themes()).extracting(Evaluation.Theme::themeCode).containsExactly("WMO");
        assertThat(evaluation.themes().get(0).reflectionsPerLevel()).containsExactly(Map.entry("AMBTELIJK", 1));
        assertThat(evaluation.reflectionsPerLevel()).containsExactly(Map.entry("AMBTELIJK", 2));
    }

    private static DecisionHistoryEntry decision(String decisionId, String assessmentId, int cycle,
                                                 Map<String, String> scales, Instant decidedAt) {
        return new DecisionHistoryEntry(decisionId, assessmentId, "JEUGD", "Afweging Jeugd", cycle, 1, 1,
                List.of("BUN", "HOU"), scales, decidedAt, List.of(), List.of(), List.of(),
                decidedAt.minusSeconds(86_400), 86_400L, 1.0);
    }
}
