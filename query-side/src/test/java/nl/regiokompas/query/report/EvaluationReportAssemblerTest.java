package nl.regiokompas.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.regiokompas.api.common.DutchTime;
import nl.regiokompas.api.evaluation.EvaluationComparison;
import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.framework.TermNames;
import org.junit.jupiter.api.Test;

/** The figures that depend on the report's end and the comparison's sentences, on facts made by hand. */
class EvaluationReportAssemblerTest {

    private static final Instant FROM = DutchTime.startOf(LocalDate.parse("2027-01-01"));
    private static final Instant TO = DutchTime.startOf(LocalDate.parse("2028-01-01"));
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private static ReportFacts.Intervention intervention(String id, String openedAt, String resolvedAt,
                                                         boolean referred) {
        return new ReportFacts.Intervention(id, "a-1", 1, "WMO", "BUN", "UITVOERING", "BEZWAAR", "reden",
                Instant.parse(openedAt), "Wim", false, null, referred, resolvedAt == null ? null : "INGETROKKEN",
                resolvedAt == null ? null : Instant.parse(resolvedAt), resolvedAt == null ? null : "Pieter");
    }

    private static ReportFacts facts(Instant from, Instant to, List<ReportFacts.Intervention> interventions) {
        return new ReportFacts(from, to, List.of(), List.of(), List.of(), interventions, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of("WMO"), TermNames.NONE);
    }

    @Test
    void an_intervention_still_open_waits_until_the_end_of_the_period_and_counts_as_open() {
        EvaluationReport report = EvaluationReportAssembler.assemble(facts(FROM, TO, List.of(
                intervention("i-1", "2027-12-21T00:00:00Z", null, false))), NOW);

        assertThat(report.leadTimes().waiting().interventions().totalDays()).isEqualTo(11.0);
        assertThat(report.interventions().perOutcome()).extracting(EvaluationReport.Count::code)
                .containsExactly("OPEN");
    }

    @Test
    void a_referred_intervention_resolved_after_the_period_counts_as_referred_in_it() {
        EvaluationReport report = EvaluationReportAssembler.assemble(facts(FROM, TO, List.of(
                intervention("i-1", "2027-06-01T00:00:00Z", "2028-02-01T00:00:00Z", true))), NOW);

        assertThat(report.interventions().perOutcome()).extracting(EvaluationReport.Count::code)
                .containsExactly("DOORVERWEZEN");
        assertThat(report.interventions().items().get(0).resolvedAt()).isNull();
    }

    @Test
    void interventions_that_stay_level_over_the_quarters_have_a_level_trend() {
        EvaluationReport report = EvaluationReportAssembler.assemble(facts(FROM, TO, List.of(
                intervention("i-1", "2027-02-01T00:00:00Z", "2027-02-02T00:00:00Z", false),
                intervention("i-2", "2027-05-01T00:00:00Z", "2027-05-02T00:00:00Z", false),
                intervention("i-3", "2027-08-01T00:00:00Z", "2027-08-02T00:00:00Z", false),
                intervention("i-4", "2027-11-01T00:00:00Z", "2027-11-02T00:00:00Z", false))), NOW);

        assertThat(report.interventions().trend().direction()).isEqualTo("GELIJK");
        assertThat(report.interventions().trend().sentence()).startsWith("Het aantal interventies blijft gelijk");
    }

    @Test
    void a_figure_without_a_value_in_one_period_is_called_not_comparable() {
        EvaluationReport a = EvaluationReportAssembler.assemble(facts(FROM, TO, List.of()), NOW);
        EvaluationReport b = EvaluationReportAssembler.assemble(facts(TO, NOW, List.of(
                intervention("i-1", "2028-06-01T00:00:00Z", "2028-06-03T00:00:00Z", false))), NOW);

        EvaluationComparison comparison = EvaluationComparer.compare(a, b);

        EvaluationComparison.Difference waiting = comparison.differences().stream()
                .filter(d -> d.figure().equals("leadTimes.waiting.interventions")).findFirst().orElseThrow();
        assertThat(waiting.difference()).isNull();
        assertThat(waiting.sentence()).contains("niet te vergelijken");
        EvaluationComparison.Difference total = comparison.differences().stream()
                .filter(d -> d.figure().equals("interventions.total")).findFirst().orElseThrow();
        assertThat(total.difference()).isEqualTo(1.0);
        assertThat(total.sentence()).startsWith("Aantal interventies steeg van 0");
    }
}
