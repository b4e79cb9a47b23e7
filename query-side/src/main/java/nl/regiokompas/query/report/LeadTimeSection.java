package nl.regiokompas.query.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.regiokompas.api.assessment.FormalBody;
import nl.regiokompas.api.assessment.ProcessDescriptions;
import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.evaluation.EvaluationReport.Average;
import nl.regiokompas.api.evaluation.EvaluationReport.CycleLeadTime;

import static nl.regiokompas.query.report.ReportContext.average;
import static nl.regiokompas.query.report.ReportContext.days;

/**
 * Lead times of the cycles opened or bestuurlijk bevestigd in the period: opening to first proposal, to
 * bevestiging (DecisionRecorded) and to the last expected formal decision (college per gemeente, Bestuurstafel);
 * revisions; and the days interventions stayed open.
 */
final class LeadTimeSection {

    private static final Map<String, String> BODY_NAMES = ProcessDescriptions.BODIES.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(entry -> entry.getKey().name(), Map.Entry::getValue));

    /** A cycle's formal decisions in the order they were recorded (the facts come in no particular order). */
    private static final Comparator<ReportFacts.FormalDecision> RECORDED = Comparator
            .comparing(ReportFacts.FormalDecision::recordedAt).thenComparing(ReportFacts.FormalDecision::gemeente)
            .thenComparing(ReportFacts.FormalDecision::body);

    private LeadTimeSection() {
    }

    static EvaluationReport.LeadTimes of(ReportFacts facts, ReportContext context) {
        return of(facts, context, null);
    }

    /**
     * {@code listed}: how many of each theme's most recent cycles the answer lists (null: all). Only those carry
     * their formal decisions, which are the bulk of the section; the figures count every cycle and decision.
     */
    static EvaluationReport.LeadTimes of(ReportFacts facts, ReportContext context, Integer listed) {
        Map<String, List<ReportFacts.FormalDecision>> formalPerDecision = facts.formalDecisions().stream()
                .collect(Collectors.groupingBy(ReportFacts.FormalDecision::decisionId,
                        Collectors.toCollection(ArrayList::new)));
        formalPerDecision.values().forEach(decisions -> decisions.sort(RECORDED));
        Map<String, List<ReportFacts.Intervention>> interventionsPerCycle = facts.interventions().stream()
                .collect(Collectors.groupingBy(i -> i.assessmentId() + "#" + i.cycle()));
        Map<String, List<ReportFacts.Cycle>> cyclesPerTheme = new TreeMap<>();
        for (ReportFacts.Cycle cycle : facts.cycles()) {
            if (context.inPeriod(cycle.openedAt()) || context.inPeriod(cycle.bevestigdAt())) {
                cyclesPerTheme.computeIfAbsent(cycle.themeCode(), t -> new ArrayList<>()).add(cycle);
            }
        }
        Map<String, List<CycleLeadTime>> perTheme = new TreeMap<>();
        Map<String, List<Double>> formalPerGemeente = new TreeMap<>();
        cyclesPerTheme.forEach((theme, cycles) -> {
            int firstListed = listed == null ? 0 : Math.max(0, cycles.size() - listed);
            List<CycleLeadTime> leadTimes = new ArrayList<>(cycles.size());
            for (int index = 0; index < cycles.size(); index++) {
                ReportFacts.Cycle cycle = cycles.get(index);
                List<ReportFacts.FormalDecision> formal = cycle.decisionId() == null ? List.of()
                        : formalPerDecision.getOrDefault(cycle.decisionId(), List.of());
                formal.stream().filter(decision -> !decision.gemeente().isEmpty())
                        .forEach(decision -> formalPerGemeente.computeIfAbsent(decision.gemeente(),
                                g -> new ArrayList<>()).add(daysFromOpening(cycle, decision)));
                leadTimes.add(cycle(cycle, formal, index >= firstListed,
                        interventionsPerCycle.getOrDefault(cycle.assessmentId() + "#" + cycle.cycle(), List.of()),
                        context));
            }
            perTheme.put(theme, leadTimes);
        });
        List<CycleLeadTime> all = perTheme.values().stream().flatMap(List::stream).toList();
        List<ReportFacts.Intervention> opened = facts.interventions().stream()
                .filter(i -> context.inPeriod(i.openedAt())).toList();
        double waitingTotal = total(opened, context);
        EvaluationReport.Waiting waiting = new EvaluationReport.Waiting(
                new EvaluationReport.WaitingOn(true, opened.size(), waitingTotal,
                        opened.isEmpty() ? null : ReportContext.oneDecimal(waitingTotal / opened.size())),
                new EvaluationReport.WaitingOn(false, 0, 0, null),
                new EvaluationReport.WaitingOn(false, 0, 0, null));
        return new EvaluationReport.LeadTimes(
                average(all.stream().map(CycleLeadTime::daysToFirstProposal).toList()),
                average(all.stream().map(CycleLeadTime::daysToBevestiging).toList()),
                average(all.stream().map(CycleLeadTime::daysToFormalDecisions).toList()),
                averageRevisions(all), waiting,
                perTheme.entrySet().stream().map(entry -> theme(entry.getKey(), entry.getValue(), context)).toList(),
                perGemeente(formalPerGemeente, opened, context));
    }

    /** {@code listed}: whether the answer lists this cycle, and so its formal decisions. */
    private static CycleLeadTime cycle(ReportFacts.Cycle cycle, List<ReportFacts.FormalDecision> formal,
                                       boolean listed, List<ReportFacts.Intervention> interventions,
                                       ReportContext context) {
        List<EvaluationReport.FormalDecisionLeadTime> decisions = !listed ? List.of() : formal.stream()
                .map(decision -> new EvaluationReport.FormalDecisionLeadTime(
                        decision.gemeente().isEmpty() ? null : decision.gemeente(),
                        context.gemeente(decision.gemeente()), decision.body(), bodyName(decision.body()),
                        decision.decidedOn(), decision.recordedAt(), decision.recordedByName(),
                        daysFromOpening(cycle, decision), days(cycle.bevestigdAt(), decision.decidedOn())))
                .toList();
        Optional<ReportFacts.FormalDecision> completing = completing(cycle, formal);
        return new CycleLeadTime(cycle.assessmentId(), cycle.title(), cycle.cycle(), cycle.openedAt(),
                cycle.openedByName(), cycle.firstProposedAt(), cycle.bevestigdAt(),
                completing.map(ReportFacts.FormalDecision::recordedAt).orElse(null),
                days(cycle.openedAt(), cycle.firstProposedAt()), days(cycle.openedAt(), cycle.bevestigdAt()),
                completing.map(decision -> days(cycle.openedAt(), decision.decidedOn())).orElse(null),
                cycle.revisions(), interventions.size(), total(interventions, context), decisions);
    }

    private static Double daysFromOpening(ReportFacts.Cycle cycle, ReportFacts.FormalDecision decision) {
        return days(cycle.openedAt(), decision.decidedOn());
    }

    /**
     * The formal decision that completed the expected set (every gemeente's college and the Bestuurstafel):
     * the one with the latest date among the first of each expected kind; empty while one is missing.
     */
    private static Optional<ReportFacts.FormalDecision> completing(ReportFacts.Cycle cycle,
                                                                   List<ReportFacts.FormalDecision> formal) {
        List<ReportFacts.FormalDecision> expected = new ArrayList<>();
        for (String gemeente : cycle.gemeenten()) {
            Optional<ReportFacts.FormalDecision> college = formal.stream()
                    .filter(d -> FormalBody.COLLEGE.name().equals(d.body()) && gemeente.equals(d.gemeente()))
                    .findFirst();
            if (college.isEmpty()) {
                return Optional.empty();
            }
            expected.add(college.get());
        }
        Optional<ReportFacts.FormalDecision> bestuurstafel = formal.stream()
                .filter(d -> FormalBody.BESTUURSTAFEL.name().equals(d.body())).findFirst();
        if (bestuurstafel.isEmpty()) {
            return Optional.empty();
        }
        expected.add(bestuurstafel.get());
        return expected.stream().filter(d -> d.decidedOn() != null)
                .max(Comparator.comparing(ReportFacts.FormalDecision::decidedOn)
                        .thenComparing(ReportFacts.FormalDecision::recordedAt));
    }

    private static EvaluationReport.ThemeLeadTimes theme(String themeCode, List<CycleLeadTime> cycles,
                                                         ReportContext context) {
        return new EvaluationReport.ThemeLeadTimes(themeCode, context.theme(themeCode),
                average(cycles.stream().map(CycleLeadTime::daysToFirstProposal).toList()),
                average(cycles.stream().map(CycleLeadTime::daysToBevestiging).toList()),
                average(cycles.stream().map(CycleLeadTime::daysToFormalDecisions).toList()),
                averageRevisions(cycles),
                ReportContext.oneDecimal(cycles.stream().mapToDouble(CycleLeadTime::daysWaitingOnInterventions).sum()),
                cycles);
    }

    /** {@code formal}: per gemeente, the days from opening to each of its formal decisions of the cycles. */
    private static List<EvaluationReport.GemeenteLeadTimes> perGemeente(Map<String, List<Double>> formal,
                                                                       List<ReportFacts.Intervention> opened,
                                                                       ReportContext context) {
        Map<String, List<ReportFacts.Intervention>> interventions = opened.stream()
                .collect(Collectors.groupingBy(ReportFacts.Intervention::gemeente, TreeMap::new, Collectors.toList()));
        TreeMap<String, Boolean> gemeenten = new TreeMap<>();
        formal.keySet().forEach(g -> gemeenten.put(g, true));
        interventions.keySet().forEach(g -> gemeenten.put(g, true));
        return gemeenten.keySet().stream().map(gemeente -> new EvaluationReport.GemeenteLeadTimes(gemeente,
                context.gemeente(gemeente), average(formal.getOrDefault(gemeente, List.of())),
                interventions.getOrDefault(gemeente, List.of()).size(),
                total(interventions.getOrDefault(gemeente, List.of()), context))).toList();
    }

    /** The days each intervention was open: to its resolution, or to the report's end while still open. */
    static Double daysOpen(ReportFacts.Intervention intervention, ReportContext context) {
        Instant until = intervention.resolvedAt() != null && !intervention.resolvedAt().isAfter(context.end())
                ? intervention.resolvedAt() : context.end();
        return days(intervention.openedAt(), until);
    }

    private static double total(List<ReportFacts.Intervention> interventions, ReportContext context) {
        return ReportContext.oneDecimal(interventions.stream().map(i -> daysOpen(i, context))
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum());
    }

    private static double averageRevisions(List<CycleLeadTime> cycles) {
        return ReportContext.twoDecimals(cycles.stream().mapToInt(CycleLeadTime::revisions).average().orElse(0));
    }

    private static String bodyName(String body) {
        return body == null ? null : BODY_NAMES.getOrDefault(body, body);
    }
}
