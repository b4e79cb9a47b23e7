package nl.regiokompas.query.report;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import nl.regiokompas.api.evaluation.EvaluationReport;

/**
 * Confirmations and interventions of the period inside or outside a registered mandate (decided when projected:
 * the theme had an active mandate at that moment), per theme, and the themes without an active mandate at the
 * report's end.
 */
final class MandateSection {

    private MandateSection() {
    }

    static EvaluationReport.Mandates of(ReportFacts facts, ReportContext context) {
        List<ReportFacts.ConfirmationCount> confirmations = facts.confirmations();
        List<ReportFacts.Intervention> interventions = facts.interventions().stream()
                .filter(i -> context.inPeriod(i.openedAt())).toList();
        TreeSet<String> themes = new TreeSet<>(facts.themes());
        confirmations.forEach(c -> themes.add(c.themeCode()));
        interventions.forEach(i -> themes.add(i.themeCode()));
        List<EvaluationReport.ThemeMandate> perTheme = themes.stream().map(theme -> {
            Optional<ReportFacts.Mandate> active = active(facts, context, theme);
            return new EvaluationReport.ThemeMandate(theme, context.theme(theme),
                    active.map(ReportFacts.Mandate::mandateId).orElse(null),
                    active.map(ReportFacts.Mandate::bestuurlijkOpdrachtgever).orElse(null),
                    count(confirmations, theme, true),
                    count(confirmations, theme, false),
                    (int) interventions.stream().filter(i -> i.themeCode().equals(theme) && i.insideMandate()).count(),
                    (int) interventions.stream().filter(i -> i.themeCode().equals(theme) && !i.insideMandate()).count());
        }).toList();
        return new EvaluationReport.Mandates(
                count(confirmations, null, true),
                count(confirmations, null, false),
                (int) interventions.stream().filter(ReportFacts.Intervention::insideMandate).count(),
                (int) interventions.stream().filter(i -> !i.insideMandate()).count(),
                perTheme,
                perTheme.stream().filter(theme -> theme.activeMandateId() == null)
                        .map(theme -> new EvaluationReport.Count(theme.themeCode(), theme.themeName(), 1)).toList());
    }

    /** The confirmations inside (or outside) a mandate, of one theme or (null) of all. */
    private static int count(List<ReportFacts.ConfirmationCount> confirmations, String theme, boolean inside) {
        return confirmations.stream().filter(c -> (theme == null || c.themeCode().equals(theme))
                && c.insideMandate() == inside).mapToInt(ReportFacts.ConfirmationCount::count).sum();
    }

    /** The theme's mandate registered before the report's end and not ended by then (the latest registered). */
    static Optional<ReportFacts.Mandate> active(ReportFacts facts, ReportContext context, String theme) {
        return facts.mandates().stream()
                .filter(m -> m.themeCode().equals(theme) && m.registeredAt().isBefore(context.end())
                        && (m.endedAt() == null || m.endedAt().isAfter(context.end())))
                .reduce((first, second) -> second);
    }
}
