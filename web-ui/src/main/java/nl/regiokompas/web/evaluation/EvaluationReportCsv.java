package nl.regiokompas.web.evaluation;

import java.util.ArrayList;
import java.util.List;

import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.evaluation.EvaluationReport.Average;
import nl.regiokompas.api.evaluation.EvaluationReport.Count;

/**
 * The evaluation report as one long table, a row per figure (and per theme, gemeente or quarter where the figure
 * is split), written by {@link EvaluationCsv#table}: for scripts with codes and keys, for a Dutch spreadsheet
 * with names ({@link EvaluationTableStyle#forPeople()}).
 */
public final class EvaluationReportCsv {

    private static final List<String> KEYS = List.of("section", "figure", "themeCode", "gemeente", "period",
            "value", "unit");
    private static final List<String> HEADERS = List.of("Onderdeel", "Cijfer", "Thema", "Gemeente", "Periode",
            "Waarde", "Eenheid");

    private record Named(String code, String name) {
        static final Named NONE = new Named("", "");
    }

    private final EvaluationTableStyle style;
    private final List<List<String>> rows = new ArrayList<>();

    private EvaluationReportCsv(EvaluationTableStyle style) {
        this.style = style;
    }

    public static String write(EvaluationReport report, EvaluationTableStyle style) {
        EvaluationReportCsv csv = new EvaluationReportCsv(style);
        csv.leadTimes(report.leadTimes());
        csv.interventions(report.interventions());
        csv.mandates(report.mandates());
        csv.raad(report.raad());
        csv.scales(report.scales());
        csv.route(report.route());
        csv.reflections(report.reflections());
        return EvaluationCsv.table(style.forPeople() ? HEADERS : KEYS, csv.rows, style);
    }

    private void leadTimes(EvaluationReport.LeadTimes times) {
        Named section = new Named("leadTimes", "Doorlooptijden");
        averages(section, Named.NONE, times.toFirstProposal(), times.toBevestiging(), times.toFormalDecisions(),
                times.averageRevisions());
        days(section, new Named("waitingOnInterventions", "Wachttijd op interventies (totaal)"), Named.NONE,
                Named.NONE, times.waiting().interventions().totalDays());
        for (EvaluationReport.ThemeLeadTimes theme : times.perTheme()) {
            Named named = new Named(theme.themeCode(), theme.themeName());
            averages(section, named, theme.toFirstProposal(), theme.toBevestiging(), theme.toFormalDecisions(),
                    theme.averageRevisions());
            days(section, new Named("waitingOnInterventions", "Wachttijd op interventies (totaal)"), named,
                    Named.NONE, theme.daysWaitingOnInterventions());
        }
        for (EvaluationReport.GemeenteLeadTimes gemeente : times.perGemeente()) {
            days(section, new Named("toFormalDecision", "Gemiddelde doorlooptijd tot het formele besluit"),
                    Named.NONE, new Named(gemeente.gemeente(), gemeente.gemeenteName()),
                    gemeente.toFormalDecision().averageDays());
        }
    }

    private void averages(Named section, Named theme, Average toFirstProposal, Average toBevestiging,
                          Average toFormalDecisions, double revisions) {
        days(section, new Named("toFirstProposal", "Gemiddelde doorlooptijd tot het eerste voorstel"), theme,
                Named.NONE, toFirstProposal.averageDays());
        days(section, new Named("toBevestiging", "Gemiddelde doorlooptijd tot de bestuurlijke bevestiging"), theme,
                Named.NONE, toBevestiging.averageDays());
        days(section, new Named("toFormalDecisions", "Gemiddelde doorlooptijd tot de formele besluiten"), theme,
                Named.NONE, toFormalDecisions.averageDays());
        number(section, new Named("averageRevisions", "Gemiddeld aantal revisies"), theme, Named.NONE,
                Named.NONE, revisions);
    }

    private void interventions(EvaluationReport.Interventions interventions) {
        Named section = new Named("interventions", "Interventies");
        number(section, new Named("total", "Aantal interventies"), Named.NONE, Named.NONE, Named.NONE,
                interventions.total());
        interventions.perGemeente().forEach(count -> number(section, new Named("perGemeente", "Per gemeente"),
                Named.NONE, named(count), Named.NONE, count.count()));
        counts(section, new Named("perKind", "Per soort"), interventions.perKind());
        counts(section, new Named("perLayer", "Per laag"), interventions.perLayer());
        counts(section, new Named("perOutcome", "Per afloop"), interventions.perOutcome());
        for (EvaluationReport.Bucket quarter : interventions.perQuarter()) {
            Named period = new Named(quarter.key(), quarter.label());
            number(section, new Named("perQuarter", "Per kwartaal"), Named.NONE, Named.NONE, period, quarter.total());
            quarter.counts().forEach(count -> number(section, new Named("perQuarter", "Per kwartaal"), Named.NONE,
                    named(count), period, count.count()));
        }
        if (interventions.trend().slopePerBucket() != null) {
            number(section, new Named("trendPerQuarter", "Trend per kwartaal"), Named.NONE, Named.NONE, Named.NONE,
                    interventions.trend().slopePerBucket());
        }
    }

    private void mandates(EvaluationReport.Mandates mandates) {
        Named section = new Named("mandates", "Mandaten");
        number(section, new Named("confirmationsInside", "Bevestigingen binnen een mandaat"), Named.NONE,
                Named.NONE, Named.NONE, mandates.confirmationsInside());
        number(section, new Named("confirmationsOutside", "Bevestigingen zonder actief mandaat"), Named.NONE,
                Named.NONE, Named.NONE, mandates.confirmationsOutside());
        number(section, new Named("interventionsInside", "Interventies binnen een mandaat"), Named.NONE,
                Named.NONE, Named.NONE, mandates.interventionsInside());
        number(section, new Named("interventionsOutside", "Interventies zonder actief mandaat"), Named.NONE,
                Named.NONE, Named.NONE, mandates.interventionsOutside());
        mandates.themesWithoutActiveMandate().forEach(theme -> number(section,
                new Named("withoutActiveMandate", "Thema zonder actief mandaat"), named(theme), Named.NONE,
                Named.NONE, 1));
    }

    // ---- the raad (issue 12 §7): the region's figures, then per gemeente and per theme ----

    private void raad(EvaluationReport.Raad raad) {
        raadFigures(raad.total(), Named.NONE, Named.NONE);
        raad.perGemeente().forEach(g -> raadFigures(g, Named.NONE, new Named(g.code(), g.name())));
        raad.perTheme().forEach(t -> raadFigures(t, new Named(t.code(), t.name()), Named.NONE));
    }

    private void raadFigures(EvaluationReport.RaadFigures f, Named theme, Named gemeente) {
        Named section = new Named("raad", "De raad");
        number(section, new Named("kadersBeforeFirstProposal", "Kaders vóór het eerste voorstel"), theme, gemeente,
                Named.NONE, f.kadersBeforeFirstProposal());
        number(section, new Named("kadersAfterFirstProposal", "Kaders terwijl een voorstel lag"), theme, gemeente,
                Named.NONE, f.kadersAfterFirstProposal());
        days(section, new Named("daysKaderBeforeFirstProposal", "Dagen dat een kader vóór het voorstel lag (gemiddeld)"),
                theme, gemeente, f.daysKaderBeforeFirstProposal().averageDays());
        number(section, new Named("zienswijzen", "Zienswijzen"), theme, gemeente, Named.NONE, f.zienswijzen());
        number(section, new Named("confirmations", "Bevestigingen"), theme, gemeente, Named.NONE, f.confirmations());
        number(section, new Named("confirmationsNeedingRaad", "Bevestigingen die op de raad wachtten"), theme,
                gemeente, Named.NONE, f.confirmationsNeedingRaad());
        number(section, new Named("waitingForRaad", "Bevestigingen die nog op de raad wachten"), theme, gemeente,
                Named.NONE, f.waitingForRaad());
        number(section, new Named("informings", "Raad geïnformeerd"), theme, gemeente, Named.NONE, f.informings());
        number(section, new Named("lateInformings", "Raad te laat geïnformeerd"), theme, gemeente, Named.NONE,
                f.lateInformings());
        number(section, new Named("notInformedInTime", "Raad niet binnen de termijn geïnformeerd"), theme, gemeente,
                Named.NONE, f.notInformedInTime());
        days(section, new Named("daysToInforming", "Dagen tot informeren van de raad (gemiddeld)"), theme, gemeente,
                f.daysToInforming().averageDays());
        days(section, new Named("daysWaitingOnZienswijzen", "Wachttijd op zienswijzen (totaal)"), theme, gemeente,
                f.daysWaitingOnZienswijzen());
        days(section, new Named("daysWaitingOnRaad", "Wachttijd op de raad (totaal)"), theme, gemeente,
                f.daysWaitingOnRaad());
    }

    private void scales(EvaluationReport.Scales scales) {
        Named section = new Named("scales", "Schalen");
        for (EvaluationReport.ThemeScales theme : scales.perTheme()) {
            for (EvaluationReport.CycleScales cycle : theme.cycles()) {
                for (EvaluationReport.LayerScale layer : cycle.layers()) {
                    add(section, new Named("scale_" + layer.layer(), "Schaal " + layer.layerName()),
                            new Named(theme.themeCode(), theme.themeName()), Named.NONE,
                            new Named("cycle " + cycle.cycle(), "cyclus " + cycle.cycle()),
                            style.forPeople() ? layer.scaleName() : layer.scale(), "");
                }
            }
        }
        number(section, new Named("changes", "Wijzigingen in schaal"), Named.NONE, Named.NONE, Named.NONE,
                scales.changes());
        number(section, new Named("proposals", "Voorstellen"), Named.NONE, Named.NONE, Named.NONE,
                scales.proposals());
        number(section, new Named("proposalsDeviating", "Voorstellen die afwijken van de voorkeuren"), Named.NONE,
                Named.NONE, Named.NONE, scales.proposalsDeviating());
    }

    private void route(EvaluationReport.Route route) {
        Named section = new Named("route", "Route");
        for (EvaluationReport.Bucket quarter : route.phasesPerQuarter()) {
            quarter.counts().forEach(count -> number(section, new Named("phase_" + count.code(), count.name()),
                    Named.NONE, Named.NONE, new Named(quarter.key(), quarter.label()), count.count()));
        }
        route.centrumregeling().forEach(theme -> number(section,
                new Named("centrumregeling", "Valt onder de centrumregeling"), named(theme), Named.NONE, Named.NONE, 1));
    }

    private void reflections(EvaluationReport.Reflections reflections) {
        Named section = new Named("reflections", "Reflecties");
        number(section, new Named("total", "Aantal reflecties"), Named.NONE, Named.NONE, Named.NONE,
                reflections.total());
        counts(section, new Named("perLevel", "Per niveau"), reflections.perLevel());
    }

    private void counts(Named section, Named figure, List<Count> counts) {
        counts.forEach(count -> number(section, new Named(figure.code() + "_" + count.code(),
                figure.name() + ": " + count.name()), Named.NONE, Named.NONE, Named.NONE, count.count()));
    }

    private void days(Named section, Named figure, Named theme, Named gemeente, Double days) {
        add(section, figure, theme, gemeente, Named.NONE, style.days(days), style.forPeople() ? "dagen" : "days");
    }

    private void number(Named section, Named figure, Named theme, Named gemeente, Named period, double value) {
        add(section, figure, theme, gemeente, period, style.number(value), "");
    }

    private void add(Named section, Named figure, Named theme, Named gemeente, Named period, String value,
                     String unit) {
        rows.add(List.of(pick(section), pick(figure), pick(theme), pick(gemeente), pick(period), value, unit));
    }

    private String pick(Named named) {
        String text = style.forPeople() ? named.name() : named.code();
        return text == null ? named.code() : text;
    }

    private static Named named(Count count) {
        return new Named(count.code(), count.name());
    }
}
