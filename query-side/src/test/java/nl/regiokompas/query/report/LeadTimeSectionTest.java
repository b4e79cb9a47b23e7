package nl.regiokompas.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.framework.TermNames;
import org.junit.jupiter.api.Test;

/** The formal decisions of a cycle are listed in the order they were recorded, whatever order they are read in. */
class LeadTimeSectionTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private static Instant at(String date) {
        return Instant.parse(date + "T00:00:00Z");
    }

    private static ReportFacts.FormalDecision decision(String gemeente, String body, String date) {
        return new ReportFacts.FormalDecision("d-1", gemeente, body, "a-wmo", 1, LocalDate.parse(date),
                at(date), "Secretaris");
    }

    private static EvaluationReport.LeadTimes leadTimes(List<ReportFacts.FormalDecision> formal) {
        ReportFacts.Cycle cycle = new ReportFacts.Cycle("a-wmo", 1, "WMO", "Wmo", List.of("BUN", "HOU"),
                at("2027-02-01"), "Pia", at("2027-03-01"), 1, "d-1", at("2027-05-01"), Map.of());
        ReportFacts facts = new ReportFacts(null, null, List.of(cycle), List.of(), formal, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of("WMO"), TermNames.NONE);
        return LeadTimeSection.of(facts, new ReportContext(null, null, NOW, TermNames.NONE));
    }

    @Test
    void a_cycles_formal_decisions_read_in_any_order_are_listed_in_the_order_they_were_recorded() {
        ReportFacts.FormalDecision bunnik = decision("BUN", "COLLEGE", "2027-05-20");
        ReportFacts.FormalDecision houten = decision("HOU", "COLLEGE", "2027-05-25");
        ReportFacts.FormalDecision bestuurstafel = decision("", "BESTUURSTAFEL", "2027-06-01");

        EvaluationReport.CycleLeadTime cycle = leadTimes(List.of(bestuurstafel, bunnik, houten))
                .perTheme().get(0).cycles().get(0);

        assertThat(cycle.formalDecisions()).extracting(EvaluationReport.FormalDecisionLeadTime::gemeente)
                .containsExactly("BUN", "HOU", null);
        assertThat(cycle.daysToFormalDecisions()).isEqualTo(120.0);
    }

    @Test
    void a_cycles_figures_do_not_depend_on_the_order_its_formal_decisions_are_read_in() {
        List<ReportFacts.FormalDecision> recorded = List.of(decision("BUN", "COLLEGE", "2027-05-20"),
                decision("HOU", "COLLEGE", "2027-05-25"), decision("", "BESTUURSTAFEL", "2027-06-01"));

        assertThat(leadTimes(List.of(recorded.get(2), recorded.get(0), recorded.get(1))))
                .isEqualTo(leadTimes(recorded));
    }
}
