package nl.regiokompas.query.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import nl.regiokompas.api.decision.DecisionHistoryEntry;
import nl.regiokompas.api.evaluation.Evaluation;

/**
 * Computes the evaluation of a period from the facts of all time: a scale change is measured against the
 * theme's previous decision even when that one lies before the period.
 */
final class EvaluationAssembler {

    private EvaluationAssembler() {
    }

    static Evaluation assemble(EvaluationFacts facts, Instant from, Instant to) {
        Predicate<Instant> inPeriod = at -> at != null && (from == null || !at.isBefore(from))
                && (to == null || at.isBefore(to));
        Map<String, List<Evaluation.Decision>> decisionsPerTheme = decisionsPerTheme(facts, inPeriod);
        Map<String, Map<String, Integer>> interventionsPerTheme = facts.interventions().stream()
                .filter(i -> inPeriod.test(i.openedAt()))
                .collect(Collectors.groupingBy(EvaluationFacts.Intervention::themeCode,
                        Collectors.groupingBy(EvaluationFacts.Intervention::gemeente, TreeMap::new, counting())));
        List<EvaluationFacts.Reflection> reflections = facts.reflections().stream()
                .filter(r -> inPeriod.test(r.recordedAt())).toList();
        Map<String, Map<String, Integer>> reflectionsPerTheme = reflections.stream()
                .filter(r -> r.themeCode() != null)
                .collect(Collectors.groupingBy(EvaluationFacts.Reflection::themeCode,
                        Collectors.groupingBy(EvaluationFacts.Reflection::level, TreeMap::new, counting())));

        TreeSet<String> themes = new TreeSet<>(decisionsPerTheme.keySet());
        themes.addAll(interventionsPerTheme.keySet());
        themes.addAll(reflectionsPerTheme.keySet());
        List<Evaluation.Theme> evaluated = themes.stream()
                .map(theme -> theme(theme, decisionsPerTheme.getOrDefault(theme, List.of()),
                        interventionsPerTheme.getOrDefault(theme, Map.of()),
                        reflectionsPerTheme.getOrDefault(theme, Map.of())))
                .toList();
        return new Evaluation(from, to, evaluated, reflections.stream()
                .collect(Collectors.groupingBy(EvaluationFacts.Reflection::level, TreeMap::new, counting())));
    }

    private static Map<String, List<Evaluation.Decision>> decisionsPerTheme(EvaluationFacts facts,
                                                                           Predicate<Instant> inPeriod) {
        Map<String, Map<String, Integer>> interventionsPerCycle = facts.interventions().stream()
                .collect(Collectors.groupingBy(i -> cycleKey(i.assessmentId(), i.cycle()),
                        Collectors.groupingBy(EvaluationFacts.Intervention::gemeente, TreeMap::new, counting())));
        Map<String, Map<String, String>> previousScales = new HashMap<>();
        Map<String, List<Evaluation.Decision>> perTheme = new TreeMap<>();
        for (DecisionHistoryEntry decision : facts.decisions()) {
            Map<String, String> previous = previousScales.put(decision.themeCode(), decision.scales());
            if (inPeriod.test(decision.decidedAt())) {
                perTheme.computeIfAbsent(decision.themeCode(), theme -> new ArrayList<>()).add(new Evaluation.Decision(
                        decision.decisionId(), decision.assessmentId(), decision.cycle(), decision.revision(),
                        decision.revisions(), decision.firstProposedAt(), decision.decidedAt(),
                        decision.leadTimeSeconds(), decision.leadTimeDays(), new TreeMap<>(decision.scales()),
                        scaleChanges(previous, decision.scales()),
                        interventionsPerCycle.getOrDefault(cycleKey(decision.assessmentId(), decision.cycle()),
                                Map.of())));
            }
        }
        return perTheme;
    }

    private static Evaluation.Theme theme(String themeCode, List<Evaluation.Decision> decisions,
                                          Map<String, Integer> interventionsPerGemeente,
                                          Map<String, Integer> reflectionsPerLevel) {
        Double averageLeadTimeDays = decisions.stream()
                .map(Evaluation.Decision::leadTimeDays)
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .average()
                .stream().boxed().map(EvaluationAssembler::twoDecimals).findFirst().orElse(null);
        double averageRevisions = twoDecimals(decisions.stream()
                .mapToInt(Evaluation.Decision::revisions).average().orElse(0));
        return new Evaluation.Theme(themeCode, decisions.size(), averageLeadTimeDays, averageRevisions, decisions,
                interventionsPerGemeente, reflectionsPerLevel);
    }

    /** The layers whose scale differs from the previous decision, as "FROM>TO" (a new layer: ">TO"). */
    static Map<String, String> scaleChanges(Map<String, String> previous, Map<String, String> current) {
        Map<String, String> changes = new TreeMap<>();
        if (previous == null) {
            return changes;
        }
        current.forEach((layer, scale) -> {
            String before = previous.get(layer);
            if (!scale.equals(before)) {
                changes.put(layer, (before == null ? "" : before) + ">" + scale);
            }
        });
        return changes;
    }

    private static String cycleKey(String assessmentId, int cycle) {
        return assessmentId + "#" + cycle;
    }

    private static <T> java.util.stream.Collector<T, ?, Integer> counting() {
        return Collectors.summingInt(item -> 1);
    }

    private static double twoDecimals(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
