package nl.regiokompas.query.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

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

    private LeadTimeSection() {
    }

    static EvaluationReport.LeadTimes of(ReportFacts facts, ReportContext context) {
        return of(facts, context, null);
    }

    /**
     * {@code listed}: how many of each theme's most recent cycles the answer lists (null: all). Only those carry
     * their formal decisions, which are the bulk of the section; the figures count every cycle and decision, from
     * each cycle's {@link CycleCompletion} (as stored with the cycle, or computed from its decisions read).
     */
    static EvaluationReport.LeadTimes of(ReportFacts facts, ReportContext context, Integer listed) {
        Map<String, List<ReportFacts.FormalDecision>> formalPerDecision = new HashMap<>();
        for (ReportFacts.FormalDecision decision : facts.formalDecisions()) {
            formalPerDecision.computeIfAbsent(decision.decisionId(), id -> new ArrayList<>(6)).add(decision);
        }
        formalPerDecision.values().forEach(decisions -> decisions.sort(CycleCompletion.RECORDED));
        Map<String, List<ReportFacts.Intervention>> interventionsPerCycle = new HashMap<>();
        for (ReportFacts.Intervention intervention : facts.interventions()) {
            interventionsPerCycle.computeIfAbsent(intervention.assessmentId() + "#" + intervention.cycle(),
                    key -> new ArrayList<>(2)).add(intervention);
        }
        Map<String, List<ReportFacts.Cycle>> cyclesPerTheme = cyclesPerTheme(facts.cycles(), context);
        Map<String, List<CycleLeadTime>> perTheme = new TreeMap<>();
        Map<String, List<Double>> formalPerGemeente = new TreeMap<>();
        cyclesPerTheme.forEach((theme, cycles) -> {
            int firstListed = firstListed(cycles, listed);
            List<CycleLeadTime> leadTimes = new ArrayList<>(cycles.size());
            for (int index = 0; index < cycles.size(); index++) {
                ReportFacts.Cycle cycle = cycles.get(index);
                List<ReportFacts.FormalDecision> formal = cycle.decisionId() == null ? List.of()
                        : formalPerDecision.getOrDefault(cycle.decisionId(), List.of());
                CycleCompletion completion = cycle.completion() != null ? cycle.completion()
                        : CycleCompletion.of(cycle.gemeenten(), cycle.openedAt(), formal);
                for (CycleCompletion.GemeenteDays days : completion.days()) {
                    formalPerGemeente.computeIfAbsent(days.gemeente(), g -> new ArrayList<>()).add(days.days());
                }
                leadTimes.add(cycle(cycle, completion, formal, index >= firstListed,
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
    private static CycleLeadTime cycle(ReportFacts.Cycle cycle, CycleCompletion completion,
                                       List<ReportFacts.FormalDecision> formal, boolean listed,
                                       List<ReportFacts.Intervention> interventions, ReportContext context) {
        List<EvaluationReport.FormalDecisionLeadTime> decisions = !listed ? List.of() : formal.stream()
                .map(decision -> new EvaluationReport.FormalDecisionLeadTime(
                        decision.gemeente().isEmpty() ? null : decision.gemeente(),
                        context.gemeente(decision.gemeente()), decision.body(), bodyName(decision.body()),
                        decision.decidedOn(), decision.recordedAt(), decision.recordedByName(),
                        daysFromOpening(cycle, decision), days(cycle.bevestigdAt(), decision.decidedOn())))
                .toList();
        return new CycleLeadTime(cycle.assessmentId(), cycle.title(), cycle.cycle(), cycle.openedAt(),
                cycle.openedByName(), cycle.firstProposedAt(), cycle.bevestigdAt(), completion.completedAt(),
                days(cycle.openedAt(), cycle.firstProposedAt()), days(cycle.openedAt(), cycle.bevestigdAt()),
                days(cycle.openedAt(), completion.completedOn()),
                cycle.revisions(), interventions.size(), total(interventions, context), decisions);
    }

    private static Double daysFromOpening(ReportFacts.Cycle cycle, ReportFacts.FormalDecision decision) {
        return days(cycle.openedAt(), decision.decidedOn());
    }

    /** The cycles of the period (opened or bestuurlijk bevestigd in it) per theme, in the order read. */
    static Map<String, List<ReportFacts.Cycle>> cyclesPerTheme(List<ReportFacts.Cycle> cycles,
                                                             ReportContext context) {
        Map<String, List<ReportFacts.Cycle>> perTheme = new TreeMap<>();
        for (ReportFacts.Cycle cycle : cycles) {
            if (context.inPeriod(cycle.openedAt()) || context.inPeriod(cycle.bevestigdAt())) {
                perTheme.computeIfAbsent(cycle.themeCode(), t -> new ArrayList<>()).add(cycle);
            }
        }
        return perTheme;
    }

    /** The index of a theme's first cycle that the answer lists with {@code listed} per theme (null: all). */
    static int firstListed(List<ReportFacts.Cycle> themeCycles, Integer listed) {
        return listed == null ? 0 : Math.max(0, themeCycles.size() - listed);
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
