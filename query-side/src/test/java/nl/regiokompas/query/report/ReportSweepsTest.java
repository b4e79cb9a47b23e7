package nl.regiokompas.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.regiokompas.api.common.DutchTime;
import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.framework.TermNames;
import org.junit.jupiter.api.Test;

/**
 * The one-pass groupings the report uses on a decade of facts (items per quarter, phases at each quarter's end)
 * give what a scan of every fact per quarter gives, also for facts outside every quarter.
 */
class ReportSweepsTest {

    private static final Instant FROM = DutchTime.startOf(LocalDate.parse("2027-01-01"));
    private static final Instant TO = DutchTime.startOf(LocalDate.parse("2028-01-01"));

    @Test
    void items_are_split_over_the_quarters_as_a_scan_per_quarter_splits_them() {
        List<Buckets.Span> quarters = Buckets.quarters(FROM, TO);
        List<Instant> moments = List.of(Instant.parse("2026-12-31T12:00:00Z"), quarters.get(0).start(),
                Instant.parse("2027-05-05T00:00:00Z"), quarters.get(1).end(), Instant.parse("2027-03-01T00:00:00Z"),
                quarters.get(3).end(), Instant.parse("2027-12-31T22:00:00Z"));

        List<List<Instant>> scanned = new ArrayList<>();
        quarters.forEach(span -> scanned.add(moments.stream().filter(span::contains).toList()));

        assertThat(Buckets.split(quarters, moments, at -> at)).isEqualTo(scanned);
    }

    @Test
    void each_quarter_counts_every_theme_in_the_phase_of_its_last_change_before_the_quarter_ends() {
        List<ReportFacts.PhaseChange> changes = List.of(
                new ReportFacts.PhaseChange("WMO", "OP_AGENDA", Instant.parse("2027-01-05T00:00:00Z")),
                new ReportFacts.PhaseChange("JEUGD", "OP_AGENDA", Instant.parse("2027-02-05T00:00:00Z")),
                new ReportFacts.PhaseChange("WMO", "AFWEGING_LOOPT", Instant.parse("2027-05-05T00:00:00Z")),
                new ReportFacts.PhaseChange("WMO", "BEVESTIGD", Instant.parse("2027-11-05T00:00:00Z")));

        List<EvaluationReport.Bucket> quarters = phasesPerQuarter(changes);

        assertThat(quarters).extracting(EvaluationReport.Bucket::total).containsExactly(2, 2, 2, 2);
        assertThat(quarters).extracting(quarter -> count(quarter, "OP_AGENDA") + "/" + count(quarter, "AFWEGING_LOOPT")
                + "/" + count(quarter, "BEVESTIGD")).containsExactly("2/0/0", "1/1/0", "1/1/0", "1/0/1");
    }

    private static int count(EvaluationReport.Bucket quarter, String phase) {
        return quarter.counts().stream().filter(count -> count.code().equals(phase))
                .mapToInt(EvaluationReport.Count::count).sum();
    }

    private static List<EvaluationReport.Bucket> phasesPerQuarter(List<ReportFacts.PhaseChange> changes) {
        ReportFacts facts = new ReportFacts(FROM, TO, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), changes, List.of("WMO", "JEUGD"), TermNames.NONE);
        return EvaluationReportAssembler.assemble(facts, TO).route().phasesPerQuarter();
    }
}
