package nl.regiokompas.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.framework.TermNames;
import org.junit.jupiter.api.Test;

/**
 * A cycle's completion as the projection stores it gives the lead times exactly what its formal decisions give them
 * when they are read: the report over cycles with stored completions and only the listed cycles' decisions equals
 * the report computed from every decision.
 */
class CycleCompletionTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final TermNames NAMES = (term, code) -> term.name().toLowerCase() + " " + code;

    private static Instant at(String date) {
        return Instant.parse(date + "T10:00:00Z");
    }

    private static ReportFacts.FormalDecision decision(String id, String gemeente, String body, String date,
                                                       String recorded) {
        return new ReportFacts.FormalDecision(id, gemeente, body, "a-" + id, 1,
                date == null ? null : LocalDate.parse(date), at(recorded), "Secretaris");
    }

    /**
     * Complete, incomplete (no Bestuurstafel), a college recorded twice (the first counts), a decision without a
     * date, a raadsbesluit (counted per gemeente, never expected), a decision recorded after the period, and a
     * cycle without bevestiging.
     */
    private static List<ReportFacts.FormalDecision> decisions() {
        return List.of(
                decision("d1", "BUN", "COLLEGE", "2027-03-01", "2027-03-02"),
                decision("d1", "HOU", "COLLEGE", "2027-03-20", "2027-03-21"),
                decision("d1", "", "BESTUURSTAFEL", "2027-03-10", "2027-03-11"),
                decision("d1", "HOU", "RAAD", "2027-04-10", "2027-04-11"),
                decision("d2", "BUN", "COLLEGE", "2027-05-01", "2027-05-02"),
                decision("d2", "HOU", "COLLEGE", "2027-05-03", "2027-05-04"),
                decision("d3", "BUN", "COLLEGE", "2027-06-05", "2027-06-05"),
                decision("d3", "BUN", "COLLEGE", "2027-06-01", "2027-06-06"),
                decision("d3", "HOU", "COLLEGE", null, "2027-06-07"),
                decision("d3", "", "BESTUURSTAFEL", "2027-06-02", "2027-06-08"),
                decision("d4", "BUN", "COLLEGE", "2027-07-01", "2027-07-01"),
                decision("d4", "HOU", "COLLEGE", "2031-01-03", "2031-01-04"),
                decision("d4", "", "BESTUURSTAFEL", "2031-01-02", "2031-01-05"));
    }

    private static List<ReportFacts.Cycle> cycles(boolean stored) {
        List<ReportFacts.Cycle> cycles = new ArrayList<>();
        for (String id : List.of("d1", "d2", "d3", "d4", "d5")) {
            String decisionId = id.equals("d5") ? null : id;
            List<ReportFacts.FormalDecision> formal = new ArrayList<>(
                    decisions().stream().filter(d -> d.decisionId().equals(id)).toList());
            formal.sort(CycleCompletion.RECORDED);
            Instant opened = at("2027-01-0" + id.charAt(1));
            cycles.add(new ReportFacts.Cycle("a-" + id, 1, "WMO", "Wmo " + id, List.of("BUN", "HOU"), opened, "Pia",
                    at("2027-02-01"), 1, decisionId, decisionId == null ? null : at("2027-02-15"), Map.of(),
                    stored ? CycleCompletion.of(List.of("BUN", "HOU"), opened, formal) : null));
        }
        return cycles;
    }

    private static EvaluationReport.LeadTimes leadTimes(boolean stored, List<ReportFacts.FormalDecision> formal,
                                                        Integer listed) {
        ReportFacts facts = new ReportFacts(null, Instant.parse("2028-01-01T00:00:00Z"), cycles(stored), List.of(),
                formal, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of("WMO"), NAMES);
        return LeadTimeSection.of(facts, new ReportContext(facts.from(), facts.to(), NOW, NAMES), listed);
    }

    @Test
    void stored_completions_give_the_figures_their_formal_decisions_give_without_reading_them() {
        assertThat(leadTimes(true, List.of(), 0)).isEqualTo(leadTimes(false, decisions(), 0));
    }

    @Test
    void stored_completions_with_the_listed_cycles_decisions_give_the_whole_answer() {
        List<ReportFacts.FormalDecision> listed = decisions().stream()
                .filter(d -> d.decisionId().equals("d3") || d.decisionId().equals("d4")).toList();

        assertThat(leadTimes(true, listed, 3)).isEqualTo(leadTimes(false, decisions(), 3));
        assertThat(leadTimes(true, decisions(), null)).isEqualTo(leadTimes(false, decisions(), null));
    }

    @Test
    void the_completing_decision_is_the_latest_dated_of_the_first_college_per_gemeente_and_the_bestuurstafel() {
        List<ReportFacts.Cycle> cycles = cycles(true);

        assertThat(cycles.get(0).completion().completedOn()).isEqualTo(LocalDate.parse("2027-03-20"));
        assertThat(cycles.get(1).completion().completedOn()).isNull();
        assertThat(cycles.get(2).completion().completedOn()).isEqualTo(LocalDate.parse("2027-06-05"));
        assertThat(cycles.get(2).completion().completedAt()).isEqualTo(at("2027-06-05"));
        assertThat(cycles.get(4).completion().days()).isEmpty();
    }

    @Test
    void the_days_per_gemeente_read_back_as_stored_with_the_undated_ones_kept() {
        CycleCompletion completion = cycles(true).get(2).completion();

        assertThat(completion.daysText()).isEqualTo("BUN=153;BUN=149;HOU=;");
        assertThat(CycleCompletion.days(completion.daysText())).isEqualTo(completion.days());
        assertThat(CycleCompletion.days("")).isEmpty();
    }
}
