package nl.regiokompas.web.evaluation.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.evaluation.EvaluationReport.Bucket;
import nl.regiokompas.api.evaluation.EvaluationReport.Count;
import nl.regiokompas.api.evaluation.EvaluationReport.CycleScales;
import nl.regiokompas.api.evaluation.EvaluationReport.LayerScale;
import nl.regiokompas.api.evaluation.EvaluationReport.RaadFigures;
import nl.regiokompas.api.evaluation.EvaluationReport.ThemeLeadTimes;
import nl.regiokompas.api.evaluation.EvaluationReport.ThemeScales;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.web.evaluation.chart.Chart;

/**
 * The report's charts, drawn from its figures: lead times per theme, interventions per gemeente over time, the
 * scale per layer per cycle (one chart per theme) and the raad's timeliness. Each summary is a sentence computed
 * from the same figures the chart draws. The scales are ordinal in the framework's order (lokaal first).
 */
final class ReportCharts {

    static final String LEAD_TIMES = "doorlooptijden";
    static final String INTERVENTIONS = "interventies";
    static final String RAAD = "raad";
    static final String SCALE_PREFIX = "schaal-";
    /** More quarters than this are drawn per year, so the axis stays readable. */
    private static final int MAX_QUARTERS = 12;

    private ReportCharts() {
    }

    static List<Chart> all(EvaluationReport report, FrameworkContent framework) {
        List<Chart> charts = new ArrayList<>();
        charts.add(leadTimes(report));
        charts.add(interventions(report));
        charts.addAll(scales(report, framework));
        charts.add(raad(report));
        return charts;
    }

    static Optional<Chart> named(String id, EvaluationReport report, FrameworkContent framework) {
        return all(report, framework).stream().filter(chart -> chart.id().equals(id)).findFirst();
    }

    static Chart leadTimes(EvaluationReport report) {
        List<ThemeLeadTimes> themes = report.leadTimes().perTheme();
        List<String> names = themes.stream().map(ThemeLeadTimes::themeName).toList();
        List<Chart.Series> series = List.of(
                new Chart.Series("Tot het eerste voorstel", themes.stream().map(t -> t.toFirstProposal().averageDays()).toList()),
                new Chart.Series("Tot de bestuurlijke bevestiging", themes.stream().map(t -> t.toBevestiging().averageDays()).toList()),
                new Chart.Series("Tot de formele besluiten", themes.stream().map(t -> t.toFormalDecisions().averageDays()).toList()));
        return new Chart(LEAD_TIMES, Chart.Kind.BAR, "Doorlooptijd per thema, gemiddeld in dagen vanaf de opening",
                leadTimeSummary(themes), "Thema", "Dagen vanaf de opening", names, series, null);
    }

    private static String leadTimeSummary(List<ThemeLeadTimes> themes) {
        List<ThemeLeadTimes> decided = themes.stream().filter(t -> t.toBevestiging().averageDays() != null).toList();
        if (decided.isEmpty()) {
            return "In deze periode is geen thema bestuurlijk bevestigd, dus er is nog geen doorlooptijd tot de bevestiging.";
        }
        ThemeLeadTimes longest = decided.stream().max(Comparator.comparing(t -> t.toBevestiging().averageDays())).get();
        ThemeLeadTimes shortest = decided.stream().min(Comparator.comparing(t -> t.toBevestiging().averageDays())).get();
        String sentence = "Van opening tot bestuurlijke bevestiging duurde het gemiddeld het langst bij "
                + longest.themeName() + " (" + days(longest.toBevestiging().averageDays()) + ")";
        if (decided.size() == 1) {
            return sentence + "; het is het enige thema met een bevestiging in deze periode.";
        }
        return sentence + " en het kortst bij " + shortest.themeName() + " ("
                + days(shortest.toBevestiging().averageDays()) + ").";
    }

    static Chart interventions(EvaluationReport report) {
        EvaluationReport.Interventions interventions = report.interventions();
        List<Bucket> buckets = interventions.perQuarter().size() > MAX_QUARTERS
                ? interventions.perYear() : interventions.perQuarter();
        Map<String, String> gemeenten = new LinkedHashMap<>();
        interventions.perGemeente().forEach(count -> gemeenten.put(count.code(), count.name()));
        buckets.forEach(bucket -> bucket.counts().forEach(count -> gemeenten.putIfAbsent(count.code(), count.name())));
        List<Chart.Series> series = gemeenten.entrySet().stream().map(gemeente -> new Chart.Series(gemeente.getValue(),
                buckets.stream().map(bucket -> (double) bucket.counts().stream()
                        .filter(count -> count.code().equals(gemeente.getKey())).mapToInt(Count::count).sum()).toList()))
                .toList();
        boolean perYear = buckets == interventions.perYear() && buckets != interventions.perQuarter();
        return new Chart(INTERVENTIONS, Chart.Kind.LINE, "Lokale interventies per gemeente, per "
                + (perYear ? "jaar" : "kwartaal"), interventionSummary(interventions),
                perYear ? "Jaar" : "Kwartaal", "Aantal interventies",
                buckets.stream().map(Bucket::label).toList(), series, null);
    }

    private static String interventionSummary(EvaluationReport.Interventions interventions) {
        if (interventions.total() == 0) {
            return "In deze periode is geen lokale interventie ingediend.";
        }
        Count most = interventions.perGemeente().stream().max(Comparator.comparingInt(Count::count)).orElse(null);
        StringBuilder sentence = new StringBuilder("In deze periode ")
                .append(interventions.total() == 1 ? "is 1 lokale interventie" : "zijn " + interventions.total()
                        + " lokale interventies").append(" ingediend");
        if (most != null) {
            sentence.append(", de meeste door ").append(most.name()).append(" (").append(most.count()).append(')');
        }
        sentence.append('.');
        if (interventions.trend() != null && interventions.trend().sentence() != null) {
            sentence.append(' ').append(interventions.trend().sentence());
        }
        return sentence.toString();
    }

    static List<Chart> scales(EvaluationReport report, FrameworkContent framework) {
        List<String> scaleCodes = framework.scales().stream().map(FrameworkContent.Scale::code).toList();
        List<String> scaleNames = framework.scales().stream().map(FrameworkContent.Scale::name).toList();
        List<Chart> charts = new ArrayList<>();
        for (ThemeScales theme : report.scales().perTheme()) {
            List<CycleScales> cycles = theme.cycles();
            Map<String, String> layers = new LinkedHashMap<>();
            cycles.forEach(cycle -> cycle.layers().forEach(layer -> layers.putIfAbsent(layer.layer(), layer.layerName())));
            List<Chart.Series> series = layers.entrySet().stream().map(layer -> new Chart.Series(layer.getValue(),
                    cycles.stream().map(cycle -> cycle.layers().stream().filter(l -> l.layer().equals(layer.getKey()))
                            .findFirst().map(l -> ordinal(scaleCodes, l.scale())).orElse(null)).toList())).toList();
            charts.add(new Chart(SCALE_PREFIX + theme.themeCode().toLowerCase(Locale.ROOT), Chart.Kind.STEP,
                    "Schaal per laag per cyclus: " + theme.themeName(), scaleSummary(theme), "Bestuurlijk bevestigde cyclus",
                    "Schaal", cycles.stream().map(cycle -> "Cyclus " + cycle.cycle()).toList(), series, scaleNames));
        }
        return charts;
    }

    private static Double ordinal(List<String> scaleCodes, String scale) {
        int index = scaleCodes.indexOf(scale);
        return index < 0 ? null : (double) (index + 1);
    }

    private static String scaleSummary(ThemeScales theme) {
        if (theme.cycles().isEmpty()) {
            return theme.themeName() + " heeft in deze periode geen bestuurlijk bevestigde cyclus.";
        }
        List<String> changes = new ArrayList<>();
        for (CycleScales cycle : theme.cycles()) {
            for (LayerScale layer : cycle.layers()) {
                if (layer.changed()) {
                    changes.add(layer.layerName().toLowerCase(Locale.ROOT) + " in cyclus " + cycle.cycle() + " van "
                            + lower(layer.previousScaleName()) + " naar " + lower(layer.scaleName()));
                }
            }
        }
        CycleScales last = theme.cycles().get(theme.cycles().size() - 1);
        String now = "Na cyclus " + last.cycle() + ": " + String.join(", ", last.layers().stream()
                .map(layer -> layer.layerName().toLowerCase(Locale.ROOT) + " " + lower(layer.scaleName())).toList()) + ".";
        return (changes.isEmpty() ? "De schaal veranderde niet tussen de cycli. "
                : "Gewijzigd: " + String.join("; ", changes) + ". ") + now;
    }

    /** Raad timeliness: per gemeente, confirmations whose raad was informed in time, late, or not within the term. */
    static Chart raad(EvaluationReport report) {
        EvaluationReport.Raad raad = report.raad();
        List<RaadFigures> gemeenten = raad.perGemeente().stream()
                .filter(g -> g.informings() + g.notInformedInTime() > 0).toList();
        List<Chart.Series> series = List.of(
                new Chart.Series("Op tijd geïnformeerd", gemeenten.stream()
                        .map(g -> (double) (g.informings() - g.lateInformings())).toList()),
                new Chart.Series("Te laat geïnformeerd", gemeenten.stream()
                        .map(g -> (double) g.lateInformings()).toList()),
                new Chart.Series("Niet binnen de termijn geïnformeerd", gemeenten.stream()
                        .map(g -> (double) g.notInformedInTime()).toList()));
        return new Chart(RAAD, Chart.Kind.BAR, "Tijdigheid van het informeren van de raad per gemeente",
                raadSummary(raad), "Gemeente", "Aantal bevestigingen",
                gemeenten.stream().map(RaadFigures::name).toList(), series, null);
    }

    private static String raadSummary(EvaluationReport.Raad raad) {
        if (!raad.available()) {
            return "Het informeren van de raad wordt in deze versie van Regiokompas nog niet vastgelegd.";
        }
        RaadFigures total = raad.total();
        if (total.informings() + total.notInformedInTime() == 0) {
            return "In deze periode is de raad niet geïnformeerd over een bevestiging.";
        }
        String term = "de afgesproken termijn van " + raad.informingTermDays() + " dagen";
        String sentence = "De raad is " + total.informings() + " keer geïnformeerd over een bevestiging, "
                + total.lateInformings() + " keer later dan " + term;
        Double average = total.daysToInforming().averageDays();
        sentence += average == null ? "." : "; gemiddeld na " + days(average) + ".";
        return total.notInformedInTime() == 0 ? sentence : sentence + " " + total.notInformedInTime()
                + " keer is de raad niet binnen " + term
                + " geïnformeerd.";
    }

    static String days(Double days) {
        if (days == null) {
            return "onbekend";
        }
        return Chart.decimal(days) + (days == 1 ? " dag" : " dagen");
    }

    private static String lower(String name) {
        return name == null ? "onbekend" : name.toLowerCase(Locale.ROOT);
    }
}
