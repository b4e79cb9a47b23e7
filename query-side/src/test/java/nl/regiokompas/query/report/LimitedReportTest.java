package nl.regiokompas.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.framework.TermNames;
import nl.regiokompas.query.support.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report asked with a {@code detail} limit is, to the byte of its JSON, the whole report with its lists cut to
 * the limit afterwards (as web-ui's ReportDetail cut it before the limit reached the query side), although the
 * sections build only the items the answer keeps.
 */
class LimitedReportTest {

    private static final Instant FROM = at("2027-01-01");
    private static final Instant NOW = at("2030-01-01");
    private static final TermNames NAMES = (term, code) -> term.name().toLowerCase() + " " + code;

    private static Instant at(String date) {
        return Instant.parse(date + "T00:00:00Z");
    }

    private static ReportFacts facts() {
        return facts(null);
    }

    /**
     * Six cycles per theme (some before the period), each decided by its colleges and the Bestuurstafel, and raad
     * confirmations informed in time, late, not in time, or not yet due, some at the same moment. {@code listed}:
     * the confirmations as the reader gives them for an answer of that many raad items (only the figures' columns,
     * out of order, and those from a moment on read in full afterwards); null: all in full.
     */
    private static ReportFacts facts(Integer listed) {
        List<ReportFacts.Cycle> cycles = new ArrayList<>();
        List<ReportFacts.FormalDecision> formal = new ArrayList<>();
        List<ReportFacts.Intervention> interventions = new ArrayList<>();
        List<ReportFacts.Proposal> proposals = new ArrayList<>();
        List<ReportFacts.Reflection> reflections = new ArrayList<>();
        List<RaadFacts.Kader> kaders = new ArrayList<>();
        List<RaadFacts.Confirmation> confirmations = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            for (String theme : List.of("JEUGD", "WMO")) {
                String assessment = "a-" + theme;
                String decision = "d-" + theme + "-" + n;
                String month = String.format("%02d", n * 2 - 1);
                Instant opened = at("2026-" + month + "-0" + n);
                cycles.add(new ReportFacts.Cycle(assessment, n, theme, theme, List.of("BUN", "HOU"), opened, "Pia",
                        at("2026-" + month + "-2" + n), n % 3, decision, at("2027-" + month + "-1" + n),
                        Map.of("UITVOERING", n % 2 == 0 ? "LOKAAL" : "REGIONAAL")));
                formal.add(new ReportFacts.FormalDecision(decision, "HOU", "COLLEGE", assessment, n,
                        LocalDate.parse("2027-" + month + "-2" + n), at("2027-" + month + "-2" + n), "Secretaris"));
                formal.add(new ReportFacts.FormalDecision(decision, "BUN", "COLLEGE", assessment, n,
                        LocalDate.parse("2027-" + month + "-1" + (n + 2)), at("2027-" + month + "-1" + (n + 2)),
                        "Secretaris"));
                formal.add(new ReportFacts.FormalDecision(decision, "", "BESTUURSTAFEL", assessment, n,
                        LocalDate.parse("2027-" + month + "-2" + (n + 1)), at("2027-" + month + "-2" + (n + 1)),
                        "Secretaris"));
                interventions.add(new ReportFacts.Intervention("i-" + theme + n, assessment, n, theme,
                        n % 2 == 0 ? "BUN" : "HOU", "UITVOERING", "BEZWAAR", "reden", at("2027-" + month + "-0" + n),
                        "Wim", n % 2 == 0, null, n == 3, n == 5 ? null : "INGETROKKEN",
                        n == 5 ? null : at("2027-" + month + "-1" + n), "Pieter"));
                proposals.add(new ReportFacts.Proposal(assessment, n, 1, theme, Map.of("UITVOERING", "LOKAAL"),
                        Map.of("UITVOERING", "Afwijkend " + n), at("2027-" + month + "-0" + n), "Pia"));
                reflections.add(new ReportFacts.Reflection("r-" + theme + n, theme, "BESTUURLIJK",
                        Map.of("Wat ging goed?", "Antwoord " + n), "Tekst " + n, "Pia", "BUN",
                        at("2027-" + month + "-1" + n)));
                kaders.add(new RaadFacts.Kader("k-" + theme + n, "BUN", theme, "Kader " + n,
                        at("2027-" + month + "-0" + n), "Griffier"));
                confirmations.add(new RaadFacts.Confirmation(assessment, n, "HOU", 1, theme,
                        at("2027-" + month + "-1" + n), "Wethouder", n % 2 == 1, n % 2 == 1 ? "INGESTEMD" : null,
                        n % 2 == 1 ? at("2027-" + month + "-2" + n) : null, null,
                        n == 4 ? null : LocalDate.parse("2027-" + month + "-2" + n), "RAADSINFORMATIEBRIEF",
                        "Griffier"));
            }
        }
        confirmations.add(confirmation("a-late", "BUN", "2028-03-01T10:00:00Z", LocalDate.parse("2028-05-01"), null));
        confirmations.add(confirmation("a-tie-b", "HOU", "2028-06-01T10:00:00Z", LocalDate.parse("2028-06-03"), null));
        confirmations.add(confirmation("a-tie-a", "HOU", "2028-06-01T10:00:00Z", null, null));
        confirmations.add(confirmation("a-tie-a", "BUN", "2028-06-01T10:00:00Z", LocalDate.parse("2028-06-02"), null));
        confirmations.add(confirmation("a-voided", "BUN", "2028-01-05T10:00:00Z", null, at("2028-02-01")));
        confirmations.add(confirmation("a-recent", "HOU", "2029-12-20T10:00:00Z", null, null));
        confirmations.sort(Comparator.comparing(RaadFacts.Confirmation::confirmedAt)
                .thenComparing(RaadFacts.Confirmation::assessmentId).thenComparing(RaadFacts.Confirmation::gemeente));
        RaadFacts raad = listed == null
                ? new RaadFacts(true, Duration.ofDays(42), kaders, List.of(), List.of(), confirmations)
                : new RaadFacts(true, Duration.ofDays(42), kaders, List.of(), List.of(), narrow(confirmations),
                        new RaadFacts.Listing(listed, from -> confirmations.stream()
                                .filter(c -> !c.confirmedAt().isBefore(from)).toList()));
        return new ReportFacts(FROM, null, cycles, proposals, formal, interventions,
                List.of(new ReportFacts.ConfirmationCount("WMO", true, 3)), List.of(), reflections,
                List.of(new ReportFacts.FormChoice("w-1", 1, "CENTRUMREGELING_UITGEBREID", List.of("WMO"),
                        List.of("BUN", "HOU"), at("2027-07-01"))),
                List.of(new ReportFacts.PhaseChange("WMO", "OP_AGENDA", at("2026-10-01"))), List.of("JEUGD", "WMO"),
                NAMES, raad);
    }

    private static RaadFacts.Confirmation confirmation(String assessment, String gemeente, String confirmedAt,
                                                       LocalDate informedOn, Instant voidedAt) {
        return new RaadFacts.Confirmation(assessment, 1, gemeente, 1, "JEUGD", Instant.parse(confirmedAt),
                "Wethouder " + assessment, false, null, null, voidedAt, informedOn,
                informedOn == null ? null : "RAADSVOORSTEL", "Griffier " + assessment);
    }

    /** Only what the figures use, newest first. */
    private static List<RaadFacts.Confirmation> narrow(List<RaadFacts.Confirmation> confirmations) {
        List<RaadFacts.Confirmation> narrow = new ArrayList<>(confirmations.stream()
                .map(c -> new RaadFacts.Confirmation(null, 0, c.gemeente(), 0, c.themeCode(), c.confirmedAt(), null,
                        c.conditional(), c.verdict(), c.verdictAt(), c.voidedAt(), c.informedOn(), null, null))
                .toList());
        Collections.reverse(narrow);
        return narrow;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 10, 11, 20, 50})
    void a_limited_report_with_the_raad_confirmations_read_narrow_is_the_whole_report_cut_afterwards(int detail) {
        EvaluationReport whole = EvaluationReportAssembler.assemble(facts(), NOW);

        EvaluationReport limited = EvaluationReportAssembler.assemble(facts(detail), NOW, ReportThreads.IN_TURN,
                detail);

        assertThat(Json.write(limited)).isEqualTo(Json.write(ReportLists.cut(whole, detail)));
    }

    @Test
    void the_raad_items_kept_are_the_latest_and_among_equal_moments_the_earlier_in_the_list() {
        EvaluationReport limited = EvaluationReportAssembler.assemble(facts(2), NOW, ReportThreads.IN_TURN, 2);

        assertThat(limited.raad().items()).extracting(item -> item.assessmentId() + " " + item.gemeente())
                .containsExactly("a-tie-a BUN", "a-tie-a HOU");
        assertThat(limited.detail().lists()).contains(new EvaluationReport.ListSize("raad.items", 28, 2));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 5, 6, 50})
    void a_limited_report_is_the_whole_report_with_its_lists_cut_afterwards(int detail) {
        ReportFacts facts = facts();
        EvaluationReport whole = EvaluationReportAssembler.assemble(facts, NOW);

        EvaluationReport limited = EvaluationReportAssembler.assemble(facts, NOW, ReportThreads.IN_TURN, detail);

        assertThat(Json.write(limited)).isEqualTo(Json.write(ReportLists.cut(whole, detail)));
    }

    @Test
    void a_limit_smaller_than_the_lists_says_which_lists_were_cut_and_how_long_they_are() {
        EvaluationReport limited = EvaluationReportAssembler.assemble(facts(), NOW, ReportThreads.IN_TURN, 2);

        assertThat(limited.detail().complete()).isFalse();
        assertThat(limited.detail().limit()).isEqualTo(2);
        assertThat(limited.detail().lists()).contains(
                new EvaluationReport.ListSize("leadTimes.perTheme[0].cycles", 6, 2),
                new EvaluationReport.ListSize("interventions.items", 12, 2));
        assertThat(limited.leadTimes().perTheme().get(0).cycles()).allSatisfy(
                cycle -> assertThat(cycle.formalDecisions()).hasSize(3));
    }

    @Test
    void the_figures_of_a_limited_report_count_every_item() {
        EvaluationReport whole = EvaluationReportAssembler.assemble(facts(), NOW);

        EvaluationReport limited = EvaluationReportAssembler.assemble(facts(), NOW, ReportThreads.IN_TURN, 0);

        assertThat(limited.leadTimes().perGemeente()).isEqualTo(whole.leadTimes().perGemeente());
        assertThat(limited.leadTimes().perGemeente()).isNotEmpty()
                .allSatisfy(gemeente -> assertThat(gemeente.toFormalDecision().count()).isEqualTo(12));
        assertThat(limited.leadTimes().toFormalDecisions()).isEqualTo(whole.leadTimes().toFormalDecisions());
        assertThat(limited.interventions().total()).isEqualTo(12);
    }
}
