package nl.regiokompas.query.report;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.framework.TermNames.Term;
import nl.regiokompas.api.route.RoutePhase;

/**
 * The route over time: per quarter end the number of themes in each phase (as the route derives it), each theme's
 * phase at the report's end, the forms chosen in the period and the themes that fall under the centrumregeling.
 */
final class RouteSection {

    static final String CENTRUMREGELING = "CENTRUMREGELING_UITGEBREID";

    private RouteSection() {
    }

    static EvaluationReport.Route of(ReportFacts facts, ReportContext context) {
        Instant start = context.from() != null ? context.from()
                : facts.phaseChanges().stream().map(ReportFacts.PhaseChange::at).findFirst().orElse(null);
        PhaseSweep sweep = new PhaseSweep(facts.phaseChanges());
        List<EvaluationReport.Bucket> quarters = Buckets.quarters(start, context.end()).stream().map(span -> {
            Instant at = span.end().isAfter(context.end()) ? context.end() : span.end();
            Map<String, ReportFacts.PhaseChange> phases = sweep.at(at);
            Map<String, Integer> perPhase = new LinkedHashMap<>();
            for (RoutePhase phase : RoutePhase.values()) {
                perPhase.put(phase.name(), 0);
            }
            phases.values().forEach(change -> perPhase.merge(change.phase(), 1, Integer::sum));
            return new EvaluationReport.Bucket(span.key(), span.label(), span.start(), span.end(), phases.size(),
                    perPhase.entrySet().stream().map(entry -> new EvaluationReport.Count(entry.getKey(),
                            phaseName(entry.getKey()), entry.getValue())).toList());
        }).toList();
        List<EvaluationReport.ThemePhase> atEnd = phasesAt(facts, context.end()).values().stream()
                .map(change -> new EvaluationReport.ThemePhase(change.themeCode(), context.theme(change.themeCode()),
                        change.phase(), phaseName(change.phase()), change.at())).toList();
        List<EvaluationReport.FormChoice> forms = facts.formChoices().stream()
                .map(choice -> new EvaluationReport.FormChoice(choice.weighingId(), choice.form(),
                        context.name(Term.GOVERNANCE_FORM, choice.form()), CENTRUMREGELING.equals(choice.form()),
                        choice.themes().stream().map(theme -> new EvaluationReport.Count(theme, context.theme(theme), 1))
                                .toList(),
                        choice.chosenAt(), choice.confirmedByGemeenten().stream().map(context::gemeente).toList()))
                .toList();
        Map<String, String> latestForm = new TreeMap<>();
        facts.formChoices().forEach(choice -> choice.themes().forEach(theme -> latestForm.put(theme, choice.form())));
        return new EvaluationReport.Route(quarters, atEnd, forms,
                ReportContext.counts(latestForm.values(), form -> form, form -> context.name(Term.GOVERNANCE_FORM, form)),
                latestForm.entrySet().stream().filter(entry -> CENTRUMREGELING.equals(entry.getValue()))
                        .map(entry -> new EvaluationReport.Count(entry.getKey(), context.theme(entry.getKey()), 1))
                        .toList());
    }

    /**
     * The phases at a series of rising moments in one pass over the changes (they come in time order from the
     * reader); changes not in time order fall back to a scan per moment, which gives the same answer.
     */
    private static final class PhaseSweep {

        private final List<ReportFacts.PhaseChange> changes;
        private final boolean inTimeOrder;
        private final Map<String, ReportFacts.PhaseChange> phases = new TreeMap<>();
        private Instant last;
        private int next;

        PhaseSweep(List<ReportFacts.PhaseChange> changes) {
            this.changes = changes;
            boolean ordered = true;
            for (int i = 1; i < changes.size() && ordered; i++) {
                ordered = !changes.get(i).at().isBefore(changes.get(i - 1).at());
            }
            this.inTimeOrder = ordered;
        }

        Map<String, ReportFacts.PhaseChange> at(Instant at) {
            if (!inTimeOrder || (last != null && at.isBefore(last))) {
                return phasesAt(changes, at);
            }
            last = at;
            while (next < changes.size() && !changes.get(next).at().isAfter(at)) {
                phases.put(changes.get(next).themeCode(), changes.get(next));
                next++;
            }
            return new TreeMap<>(phases);
        }
    }

    private static Map<String, ReportFacts.PhaseChange> phasesAt(ReportFacts facts, Instant at) {
        return phasesAt(facts.phaseChanges(), at);
    }

    private static Map<String, ReportFacts.PhaseChange> phasesAt(List<ReportFacts.PhaseChange> changes, Instant at) {
        Map<String, ReportFacts.PhaseChange> phases = new TreeMap<>();
        changes.stream().filter(change -> !change.at().isAfter(at))
                .forEach(change -> phases.put(change.themeCode(), change));
        return phases;
    }

    private static String phaseName(String phase) {
        Map<String, String> names = new HashMap<>();
        for (RoutePhase value : RoutePhase.values()) {
            names.put(value.name(), value.label());
        }
        return names.getOrDefault(phase, phase);
    }
}
