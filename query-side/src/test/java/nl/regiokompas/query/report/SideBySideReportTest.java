package nl.regiokompas.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.framework.TermNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The report's sections computed side by side on the report's threads give exactly the report computed in turn. */
class SideBySideReportTest {

    private static final Instant FROM = at("2027-01-01");
    private static final Instant NOW = at("2030-01-01");
    private static final TermNames NAMES = (term, code) -> term.name().toLowerCase() + " " + code;

    private final ReportThreads threads = new ReportThreads();

    @AfterEach
    void stopThreads() {
        threads.destroy();
    }

    private static Instant at(String date) {
        return Instant.parse(date + "T00:00:00Z");
    }

    /** A period with something in every section: cycles, proposals, decisions, interventions, raad, route. */
    private static ReportFacts facts(Instant from, Instant to) {
        List<ReportFacts.Cycle> cycles = List.of(
                new ReportFacts.Cycle("a-wmo", 1, "WMO", "Wmo", List.of("BUN", "HOU"), at("2026-11-01"), "Pia",
                        at("2026-12-01"), 1, "d-0", at("2027-01-10"), Map.of("UITVOERING", "LOKAAL")),
                new ReportFacts.Cycle("a-wmo", 2, "WMO", "Wmo", List.of("BUN", "HOU"), at("2027-02-01"), "Pia",
                        at("2027-03-01"), 2, "d-1", at("2027-05-01"), Map.of("UITVOERING", "REGIONAAL")),
                new ReportFacts.Cycle("a-jeugd", 1, "JEUGD", "Jeugd", List.of("BUN"), at("2027-03-01"), "Jan",
                        at("2027-04-01"), 1, null, null, Map.of()));
        List<ReportFacts.Proposal> proposals = List.of(
                new ReportFacts.Proposal("a-wmo", 2, 1, "WMO", Map.of("UITVOERING", "REGIONAAL"),
                        Map.of("UITVOERING", "Afwijkend"), at("2027-03-01"), "Pia"),
                new ReportFacts.Proposal("a-jeugd", 1, 1, "JEUGD", Map.of("UITVOERING", "LOKAAL"), Map.of(),
                        at("2027-04-01"), "Jan"));
        List<ReportFacts.FormalDecision> formal = List.of(
                new ReportFacts.FormalDecision("d-1", "BUN", "COLLEGE", "a-wmo", 2, LocalDate.parse("2027-05-20"),
                        at("2027-05-21"), "Secretaris"),
                new ReportFacts.FormalDecision("d-1", "HOU", "COLLEGE", "a-wmo", 2, LocalDate.parse("2027-05-25"),
                        at("2027-05-26"), "Secretaris"),
                new ReportFacts.FormalDecision("d-1", "", "BESTUURSTAFEL", "a-wmo", 2, LocalDate.parse("2027-06-01"),
                        at("2027-06-02"), "Secretaris"));
        List<ReportFacts.Intervention> interventions = List.of(
                new ReportFacts.Intervention("i-1", "a-wmo", 2, "WMO", "BUN", "UITVOERING", "BEZWAAR", "reden",
                        at("2027-02-10"), "Wim", true, "m-1", false, "INGETROKKEN", at("2027-02-20"), "Pieter"),
                new ReportFacts.Intervention("i-2", "a-jeugd", 1, "JEUGD", "BUN", "UITVOERING", "BEZWAAR", "reden",
                        at("2027-08-10"), "Wim", false, null, true, null, null, null));
        RaadFacts raad = new RaadFacts(true, Duration.ofDays(42),
                List.of(new RaadFacts.Kader("k-1", "BUN", "WMO", "Binnen budget", at("2027-01-20"), "Griffier")),
                List.of(new RaadFacts.ZienswijzePeriod("a-wmo", 2, 1, "WMO", List.of("BUN", "HOU"), at("2027-03-02"),
                        LocalDate.parse("2027-03-31"))),
                List.of(new RaadFacts.Zienswijze("a-wmo", 2, 1, "BUN", "WMO", "Eens", at("2027-03-10"), "Griffier")),
                List.of(new RaadFacts.Confirmation("a-wmo", 2, "HOU", 1, "WMO", at("2027-04-11"), "Wethouder", true,
                        "INGESTEMD", at("2027-04-21"), null, LocalDate.parse("2027-06-30"), "RAADSINFORMATIEBRIEF",
                        "Griffier")));
        return new ReportFacts(from, to, cycles, proposals, formal, interventions,
                List.of(new ReportFacts.ConfirmationCount("WMO", true, 3),
                        new ReportFacts.ConfirmationCount("JEUGD", false, 1)),
                List.of(new ReportFacts.Mandate("m-1", "WMO", "Wethouder", at("2026-01-01"), null)),
                List.of(new ReportFacts.Reflection("r-1", "WMO", "BESTUURLIJK", Map.of("Wat ging goed?", "Veel"),
                        "Vrije tekst", "Pia", "BUN", at("2027-06-01"))),
                List.of(new ReportFacts.FormChoice("w-1", 1, "CENTRUMREGELING_UITGEBREID", List.of("WMO"),
                        List.of("BUN", "HOU"), at("2027-07-01"))),
                List.of(new ReportFacts.PhaseChange("WMO", "OP_AGENDA", at("2026-10-01")),
                        new ReportFacts.PhaseChange("WMO", "IN_RONDE", at("2027-02-01")),
                        new ReportFacts.PhaseChange("JEUGD", "OP_AGENDA", at("2027-03-01"))),
                List.of("JEUGD", "WMO"), NAMES, raad);
    }

    @Test
    void a_closed_period_side_by_side_is_the_same_report_as_in_turn() {
        ReportFacts facts = facts(FROM, at("2028-01-01"));

        EvaluationReport inTurn = EvaluationReportAssembler.assemble(facts, NOW);
        EvaluationReport sideBySide = EvaluationReportAssembler.assemble(facts, NOW, threads.executor());

        assertThat(sideBySide).isEqualTo(inTurn);
        assertThat(sideBySide.leadTimes().perTheme()).isNotEmpty();
        assertThat(sideBySide.raad().items()).isNotEmpty();
    }

    @Test
    void an_open_ended_period_side_by_side_is_the_same_report_as_in_turn() {
        ReportFacts facts = facts(null, null);

        assertThat(EvaluationReportAssembler.assemble(facts, NOW, threads.executor()))
                .isEqualTo(EvaluationReportAssembler.assemble(facts, NOW));
    }

    @Test
    void a_section_that_fails_side_by_side_fails_the_report_with_its_own_exception() {
        ReportFacts facts = facts(FROM, at("2028-01-01"));
        ReportFacts broken = new ReportFacts(facts.from(), facts.to(), facts.cycles(), facts.proposals(),
                facts.formalDecisions(), facts.interventions(), facts.confirmations(), facts.mandates(),
                facts.reflections(), facts.formChoices(), facts.phaseChanges(), facts.themes(), (term, code) -> {
                    throw new IllegalStateException("no names");
                }, facts.raad());

        assertThatThrownBy(() -> EvaluationReportAssembler.assemble(broken, NOW, threads.executor()))
                .isInstanceOf(IllegalStateException.class).hasMessage("no names");
    }
}
