package nl.regiokompas.query.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.regiokompas.api.evaluation.EvaluationComparison;
import nl.regiokompas.api.evaluation.EvaluationReport;

/**
 * Puts two reports side by side: per headline figure its value in a and b, the difference b - a, and a Dutch
 * sentence that calls it out. For days and counts lower is not judged better or worse: the sentence states it.
 */
final class EvaluationComparer {

    private record Figure(String key, String label, String unit, Function<EvaluationReport, Double> value) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("leadTimes.toFirstProposal", "Gemiddelde doorlooptijd tot het eerste voorstel", "dagen",
                    r -> r.leadTimes().toFirstProposal().averageDays()),
            new Figure("leadTimes.toBevestiging", "Gemiddelde doorlooptijd tot de bestuurlijke bevestiging", "dagen",
                    r -> r.leadTimes().toBevestiging().averageDays()),
            new Figure("leadTimes.toFormalDecisions", "Gemiddelde doorlooptijd tot de formele besluiten", "dagen",
                    r -> r.leadTimes().toFormalDecisions().averageDays()),
            new Figure("leadTimes.averageRevisions", "Gemiddeld aantal revisies per cyclus", "aantal",
                    r -> r.leadTimes().averageRevisions()),
            new Figure("leadTimes.waiting.interventions", "Gemiddelde wachttijd op een interventie", "dagen",
                    r -> r.leadTimes().waiting().interventions().averageDays()),
            new Figure("interventions.total", "Aantal interventies", "aantal",
                    r -> (double) r.interventions().total()),
            new Figure("mandates.confirmationsInside", "Bevestigingen binnen een mandaat", "aantal",
                    r -> (double) r.mandates().confirmationsInside()),
            new Figure("mandates.confirmationsOutside", "Bevestigingen zonder actief mandaat", "aantal",
                    r -> (double) r.mandates().confirmationsOutside()),
            new Figure("mandates.interventionsInside", "Interventies binnen een mandaat", "aantal",
                    r -> (double) r.mandates().interventionsInside()),
            new Figure("scales.changes", "Wijzigingen in schaal tussen cycli", "aantal",
                    r -> (double) r.scales().changes()),
            new Figure("scales.deviationShare", "Aandeel voorstellen dat afwijkt van de voorkeuren", "aandeel",
                    r -> r.scales().proposals() == 0 ? null
                            : ReportContext.twoDecimals((double) r.scales().proposalsDeviating() / r.scales().proposals())),
            new Figure("reflections.total", "Aantal reflecties", "aantal", r -> (double) r.reflections().total()),
            // the raad's headline figures (issue 12 §7)
            new Figure("leadTimes.waiting.zienswijzen", "Gemiddelde wachttijd op zienswijzen", "dagen",
                    r -> r.leadTimes().waiting().zienswijzen().averageDays()),
            new Figure("leadTimes.waiting.raad", "Gemiddelde wachttijd op het oordeel van de raad", "dagen",
                    r -> r.leadTimes().waiting().raad().averageDays()),
            new Figure("raad.kadersBeforeFirstProposal", "Kaders van de raad vóór het eerste voorstel", "aantal",
                    r -> (double) r.raad().total().kadersBeforeFirstProposal()),
            new Figure("raad.kadersAfterFirstProposal", "Kaders van de raad terwijl een voorstel er al lag", "aantal",
                    r -> (double) r.raad().total().kadersAfterFirstProposal()),
            new Figure("raad.zienswijzen", "Zienswijzen van de raden", "aantal",
                    r -> (double) r.raad().total().zienswijzen()),
            new Figure("raad.confirmationsNeedingRaad", "Bevestigingen die op de raad moesten wachten", "aantal",
                    r -> (double) r.raad().total().confirmationsNeedingRaad()),
            new Figure("raad.daysToInforming", "Gemiddeld aantal dagen tot het informeren van de raad", "dagen",
                    r -> r.raad().total().daysToInforming().averageDays()),
            new Figure("raad.lateInformings", "Raad te laat of niet binnen de termijn geïnformeerd", "aantal",
                    r -> (double) (r.raad().total().lateInformings() + r.raad().total().notInformedInTime())));

    private EvaluationComparer() {
    }

    static EvaluationComparison compare(EvaluationReport a, EvaluationReport b) {
        List<EvaluationComparison.Difference> differences = new ArrayList<>();
        for (Figure figure : FIGURES) {
            Double first = figure.value().apply(a);
            Double second = figure.value().apply(b);
            Double difference = first == null || second == null ? null : ReportContext.twoDecimals(second - first);
            differences.add(new EvaluationComparison.Difference(figure.key(), figure.label(), figure.unit(), first,
                    second, difference, sentence(figure, a, b, first, second, difference)));
        }
        return new EvaluationComparison(a, b, differences);
    }

    private static String sentence(Figure figure, EvaluationReport a, EvaluationReport b, Double first,
                                   Double second, Double difference) {
        String subject = figure.label();
        if (difference == null) {
            return subject + ": niet te vergelijken, want in " + (first == null ? "periode a" : "periode b")
                    + " is er geen waarde.";
        }
        String from = value(figure, first);
        String to = value(figure, second);
        if (difference == 0) {
            return subject + " is gelijk gebleven (" + from + ").";
        }
        return subject + (difference < 0 ? " daalde" : " steeg") + " van " + from + " (" + a.period().label()
                + ") naar " + to + " (" + b.period().label() + ").";
    }

    private static String value(Figure figure, double value) {
        return switch (figure.unit()) {
            case "dagen" -> ReportContext.dutch(value) + " dagen";
            case "aandeel" -> ReportContext.dutch(value * 100) + "%";
            default -> ReportContext.dutch(value);
        };
    }
}
