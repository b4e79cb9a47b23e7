package nl.regiokompas.query.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.framework.TermNames.Term;

/**
 * The scale per layer of every cycle bevestigd in the period, compared with the theme's previous bevestigd cycle
 * (also one before the period), and the proposals of the period that deviated from the most frequent leaning.
 */
final class ScaleSection {

    private ScaleSection() {
    }

    static EvaluationReport.Scales of(ReportFacts facts, ReportContext context) {
        Map<String, Map<String, String>> previous = new HashMap<>();
        Map<String, List<EvaluationReport.CycleScales>> perTheme = new TreeMap<>();
        int changes = 0;
        List<ReportFacts.Cycle> decided = facts.cycles().stream().filter(c -> c.bevestigdAt() != null)
                .filter(c -> context.to() == null || c.bevestigdAt().isBefore(context.to()))
                .sorted(Comparator.comparing(ReportFacts.Cycle::bevestigdAt)).toList();
        for (ReportFacts.Cycle cycle : decided) {
            Map<String, String> before = previous.put(cycle.themeCode(), cycle.scales());
            if (!context.inPeriod(cycle.bevestigdAt())) {
                continue;
            }
            List<EvaluationReport.LayerScale> layers = new ArrayList<>();
            for (Map.Entry<String, String> layer : new TreeMap<>(cycle.scales()).entrySet()) {
                String was = before == null ? null : before.get(layer.getKey());
                boolean changed = before != null && !layer.getValue().equals(was);
                changes += changed ? 1 : 0;
                layers.add(new EvaluationReport.LayerScale(layer.getKey(), context.name(Term.LAYER, layer.getKey()),
                        layer.getValue(), context.name(Term.SCALE, layer.getValue()), was,
                        context.name(Term.SCALE, was), changed));
            }
            perTheme.computeIfAbsent(cycle.themeCode(), t -> new ArrayList<>()).add(new EvaluationReport.CycleScales(
                    cycle.assessmentId(), cycle.decisionId(), cycle.cycle(), cycle.bevestigdAt(), layers));
        }
        List<EvaluationReport.Deviation> deviations = new ArrayList<>();
        for (ReportFacts.Proposal proposal : facts.proposals()) {
            new TreeMap<>(proposal.deviations()).forEach((layer, reason) -> deviations.add(
                    new EvaluationReport.Deviation(proposal.themeCode(), context.theme(proposal.themeCode()),
                            proposal.assessmentId(), proposal.cycle(), proposal.revision(), layer,
                            context.name(Term.LAYER, layer), proposal.scales().get(layer),
                            context.name(Term.SCALE, proposal.scales().get(layer)), reason, proposal.proposedAt(),
                            proposal.proposedByName())));
        }
        return new EvaluationReport.Scales(
                perTheme.entrySet().stream().map(entry -> new EvaluationReport.ThemeScales(entry.getKey(),
                        context.theme(entry.getKey()), entry.getValue())).toList(),
                changes, facts.proposals().size(),
                (int) facts.proposals().stream().filter(p -> !p.deviations().isEmpty()).count(),
                ReportContext.counts(deviations, EvaluationReport.Deviation::layer, l -> context.name(Term.LAYER, l)),
                deviations);
    }
}
