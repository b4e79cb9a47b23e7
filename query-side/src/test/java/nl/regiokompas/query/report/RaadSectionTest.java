package nl.regiokompas.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.regiokompas.api.evaluation.EvaluationComparison;
import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.evaluation.EvaluationReport.RaadFigures;
import nl.regiokompas.api.framework.TermNames;
import org.junit.jupiter.api.Test;

/** The raad's figures of a period (issue 12 §7) on facts made by hand, with known answers. */
class RaadSectionTest {

    private static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2028-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private static final ReportFacts.Cycle WMO_CYCLE = new ReportFacts.Cycle("a-wmo", 1, "WMO", "Wmo",
            List.of("BUN", "HOU"), at("2027-02-01"), "Pia", at("2027-03-01"), 1, "d-1", at("2027-05-01"), java.util.Map.of());

    private static Instant at(String date) {
        return Instant.parse(date + "T00:00:00Z");
    }

    private static RaadFacts.Confirmation confirmation(String theme, String gemeente, String at, boolean conditional,
                                                       String verdict, String verdictAt, String informedOn) {
        return new RaadFacts.Confirmation("a-" + theme.toLowerCase(), 1, gemeente, 1, theme,
                Instant.parse(at), "Wethouder", conditional, verdict, verdictAt == null ? null : Instant.parse(verdictAt),
                null, informedOn == null ? null : LocalDate.parse(informedOn),
                informedOn == null ? null : "RAADSINFORMATIEBRIEF", informedOn == null ? null : "Griffier");
    }

    private static final RaadFacts RAAD = new RaadFacts(true, Duration.ofDays(42),
            List.of(new RaadFacts.Kader("k-1", "BUN", "WMO", "Binnen budget", at("2027-01-20"), "Griffier Bunnik"),
                    new RaadFacts.Kader("k-2", "HOU", "WMO", "Lokale toegang", at("2027-04-01"), "Griffier Houten"),
                    new RaadFacts.Kader("k-3", "BUN", "WMO", "Na de bevestiging", at("2027-06-01"), "Griffier Bunnik")),
            List.of(new RaadFacts.ZienswijzePeriod("a-wmo", 1, 1, "WMO", List.of("BUN", "HOU"), at("2027-03-02"),
                    LocalDate.parse("2027-03-31"))),
            List.of(new RaadFacts.Zienswijze("a-wmo", 1, 1, "BUN", "WMO", "Eens", at("2027-03-10"), "Griffier Bunnik"),
                    new RaadFacts.Zienswijze("a-wmo", 1, 1, "HOU", "WMO", "Oneens", at("2027-03-12"), "Griffier Houten")),
            List.of(confirmation("WMO", "BUN", "2027-04-10T10:00:00Z", false, null, null, "2027-04-20"),
                    confirmation("WMO", "HOU", "2027-04-11T10:00:00Z", true, "INGESTEMD", "2027-04-21T10:00:00Z",
                            "2027-06-30"),
                    confirmation("JEUGD", "BUN", "2027-10-01T10:00:00Z", false, null, null, null)));

    private static EvaluationReport report(RaadFacts raad) {
        return EvaluationReportAssembler.assemble(new ReportFacts(FROM, TO, List.of(WMO_CYCLE), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of("WMO", "JEUGD"),
                TermNames.NONE, raad), NOW);
    }

    private static RaadFigures of(List<RaadFigures> figures, String code) {
        return figures.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void kaders_count_before_the_next_first_proposal_or_late_while_a_proposal_is_on_the_table() {
        RaadFigures total = report(RAAD).raad().total();

        assertThat(total.kadersBeforeFirstProposal()).isEqualTo(2);
        assertThat(total.kadersAfterFirstProposal()).isEqualTo(1);
        assertThat(total.daysKaderBeforeFirstProposal().count()).isEqualTo(1);
        assertThat(total.daysKaderBeforeFirstProposal().averageDays()).isEqualTo(40.0);
        assertThat(of(report(RAAD).raad().perGemeente(), "HOU").kadersAfterFirstProposal()).isEqualTo(1);
    }

    @Test
    void the_raads_figures_read_as_one_dutch_paragraph() {
        assertThat(report(RAAD).raad().sentence()).isEqualTo("De raden stelden 2 kaders vóór het eerste voorstel "
                + "(gemiddeld 40 dagen ervoor) en 1 terwijl er al een voorstel lag. Ze gaven 2 zienswijzen. Van de 3 "
                + "bevestigingen moesten er 1 op het oordeel van de raad wachten, omdat een kader niet werd "
                + "gerespecteerd. De raad werd 2 keer geïnformeerd, gemiddeld 45 dagen na de bevestiging; 1 keer later "
                + "dan de afgesproken termijn van 42 dagen, en 1 keer niet binnen die termijn.");
    }

    @Test
    void days_to_informing_count_calendar_days_and_flag_late_and_missing_informing() {
        EvaluationReport.Raad raad = report(RAAD).raad();

        assertThat(raad.informingTermDays()).isEqualTo(42);
        assertThat(raad.total().informings()).isEqualTo(2);
        assertThat(raad.total().lateInformings()).isEqualTo(1);
        assertThat(raad.total().notInformedInTime()).isEqualTo(1);
        assertThat(raad.total().daysToInforming().averageDays()).isEqualTo(45.0);
        assertThat(of(raad.perGemeente(), "BUN").daysToInforming().averageDays()).isEqualTo(10.0);
        assertThat(of(raad.perGemeente(), "HOU").lateInformings()).isEqualTo(1);
        assertThat(of(raad.perTheme(), "JEUGD").notInformedInTime()).isEqualTo(1);
        assertThat(raad.items()).filteredOn(i -> i.kind().equals("INFORMATIE") && i.late())
                .extracting(EvaluationReport.RaadItem::gemeente).containsExactly("HOU", "BUN");
    }

    @Test
    void zienswijzen_and_confirmations_needing_the_raad_count_per_gemeente_and_theme() {
        EvaluationReport.Raad raad = report(RAAD).raad();

        assertThat(raad.total().zienswijzen()).isEqualTo(2);
        assertThat(raad.total().confirmations()).isEqualTo(3);
        assertThat(raad.total().confirmationsNeedingRaad()).isEqualTo(1);
        assertThat(raad.total().waitingForRaad()).isZero();
        assertThat(of(raad.perTheme(), "WMO").zienswijzen()).isEqualTo(2);
        assertThat(of(raad.perTheme(), "WMO").confirmationsNeedingRaad()).isEqualTo(1);
        assertThat(of(raad.perGemeente(), "BUN").zienswijzen()).isEqualTo(1);
    }

    @Test
    void a_zienswijze_period_waits_until_every_raad_answered_and_a_voorwaardelijk_confirmation_until_the_verdict() {
        EvaluationReport report = report(RAAD);

        assertThat(report.leadTimes().waiting().zienswijzen().available()).isTrue();
        assertThat(report.leadTimes().waiting().zienswijzen().count()).isEqualTo(1);
        assertThat(report.leadTimes().waiting().zienswijzen().totalDays()).isEqualTo(10.0);
        assertThat(report.leadTimes().waiting().raad().count()).isEqualTo(1);
        assertThat(report.leadTimes().waiting().raad().totalDays()).isEqualTo(10.0);
        assertThat(of(report.raad().perTheme(), "WMO").daysWaitingOnZienswijzen()).isEqualTo(10.0);
        assertThat(of(report.raad().perGemeente(), "HOU").daysWaitingOnRaad()).isEqualTo(10.0);
    }

    @Test
    void a_voorwaardelijk_confirmation_without_verdict_waits_until_the_end_of_the_period() {
        RaadFacts waiting = new RaadFacts(true, Duration.ofDays(42), List.of(), List.of(), List.of(),
                List.of(confirmation("WMO", "HOU", "2027-12-21T00:00:00Z", true, null, null, null)));

        EvaluationReport report = report(waiting);

        assertThat(report.raad().total().waitingForRaad()).isEqualTo(1);
        assertThat(report.leadTimes().waiting().raad().totalDays()).isEqualTo(11.0);
        assertThat(report.raad().total().notInformedInTime()).isZero();
    }

    @Test
    void a_zienswijze_period_without_every_raad_waits_until_its_end_date_has_passed() {
        RaadFacts oneAnswer = new RaadFacts(true, Duration.ofDays(42), List.of(), RAAD.periods(),
                RAAD.zienswijzen().subList(0, 1), List.of());

        assertThat(report(oneAnswer).leadTimes().waiting().zienswijzen().totalDays()).isEqualTo(29.9);
    }

    @Test
    void the_comparison_calls_out_the_raads_figures() {
        EvaluationReport a = EvaluationReportAssembler.assemble(new ReportFacts(TO, NOW, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                TermNames.NONE, RaadFacts.NONE), NOW);

        EvaluationComparison comparison = EvaluationComparer.compare(a, report(RAAD));

        EvaluationComparison.Difference zienswijzen = comparison.differences().stream()
                .filter(d -> d.figure().equals("raad.zienswijzen")).findFirst().orElseThrow();
        assertThat(zienswijzen.difference()).isEqualTo(2.0);
        assertThat(zienswijzen.sentence()).startsWith("Zienswijzen van de raden steeg van 0");
        assertThat(comparison.differences()).extracting(EvaluationComparison.Difference::figure)
                .contains("raad.lateInformings", "raad.daysToInforming", "leadTimes.waiting.raad");
    }
}
