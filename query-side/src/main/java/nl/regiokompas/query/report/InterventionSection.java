package nl.regiokompas.query.report;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import nl.regiokompas.api.assessment.AssessmentEventDescriptions;
import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.framework.TermNames.Term;

import static nl.regiokompas.query.report.ReportContext.counts;

/**
 * The interventions opened in the period: per gemeente, kind, layer and how they ended, per quarter and year
 * per gemeente, and whether they decrease (the least-squares slope of the quarterly totals).
 */
final class InterventionSection {

    static final String OPEN = "OPEN";
    static final String DOORVERWEZEN = "DOORVERWEZEN";
    /** Below this many interventions per quarter of change, the number counts as level. */
    private static final double LEVEL = 0.05;

    private InterventionSection() {
    }

    static EvaluationReport.Interventions of(ReportFacts facts, ReportContext context) {
        List<ReportFacts.Intervention> opened = facts.interventions().stream()
                .filter(i -> context.inPeriod(i.openedAt())).toList();
        Instant start = context.from() != null ? context.from()
                : opened.stream().map(ReportFacts.Intervention::openedAt).findFirst().orElse(null);
        List<EvaluationReport.Bucket> quarters = buckets(Buckets.quarters(start, context.end()), opened, context);
        return new EvaluationReport.Interventions(opened.size(),
                (int) opened.stream().filter(i -> ended(i, context).equals(OPEN)).count(),
                (int) opened.stream().filter(ReportFacts.Intervention::referred).count(),
                counts(opened, ReportFacts.Intervention::gemeente, context::gemeente),
                counts(opened, ReportFacts.Intervention::kind, AssessmentEventDescriptions::interventionKind),
                counts(opened, ReportFacts.Intervention::layer, layer -> context.name(Term.LAYER, layer)),
                counts(opened, i -> ended(i, context), InterventionSection::outcomeName),
                quarters, buckets(Buckets.years(start, context.end()), opened, context), trend(quarters),
                opened.stream().map(i -> item(i, context)).toList());
    }

    /** How an intervention ended by the report's end: its outcome, DOORVERWEZEN when referred, else OPEN. */
    static String ended(ReportFacts.Intervention intervention, ReportContext context) {
        if (intervention.outcome() != null && !intervention.resolvedAt().isAfter(context.end())) {
            return intervention.outcome();
        }
        return intervention.referred() ? DOORVERWEZEN : OPEN;
    }

    static String outcomeName(String outcome) {
        return OPEN.equals(outcome) ? "nog open" : AssessmentEventDescriptions.outcome(outcome);
    }

    private static List<EvaluationReport.Bucket> buckets(List<Buckets.Span> spans,
                                                         List<ReportFacts.Intervention> opened, ReportContext context) {
        List<List<ReportFacts.Intervention>> split = Buckets.split(spans, opened, ReportFacts.Intervention::openedAt);
        return java.util.stream.IntStream.range(0, spans.size()).mapToObj(index -> {
            Buckets.Span span = spans.get(index);
            List<ReportFacts.Intervention> inSpan = split.get(index);
            return new EvaluationReport.Bucket(span.key(), span.label(), span.start(), span.end(), inSpan.size(),
                    counts(inSpan, ReportFacts.Intervention::gemeente, context::gemeente));
        }).toList();
    }

    static EvaluationReport.Trend trend(List<EvaluationReport.Bucket> quarters) {
        Double slope = Buckets.slope(quarters.stream().map(EvaluationReport.Bucket::total).toList());
        if (slope == null) {
            return new EvaluationReport.Trend("ONBEKEND", null, quarters.isEmpty() ? 0 : quarters.get(0).total(),
                    quarters.isEmpty() ? 0 : quarters.get(0).total(),
                    "Te korte periode om te zien of het aantal interventies daalt (minder dan twee kwartalen).");
        }
        EvaluationReport.Bucket first = quarters.get(0);
        EvaluationReport.Bucket last = quarters.get(quarters.size() - 1);
        String direction = slope <= -LEVEL ? "DALEND" : slope >= LEVEL ? "STIJGEND" : "GELIJK";
        String verb = switch (direction) {
            case "DALEND" -> "daalt";
            case "STIJGEND" -> "stijgt";
            default -> "blijft gelijk";
        };
        double rounded = ReportContext.twoDecimals(slope);
        return new EvaluationReport.Trend(direction, rounded, first.total(), last.total(),
                "Het aantal interventies " + verb + ": " + first.total() + " in het " + first.label() + ", "
                        + last.total() + " in het " + last.label() + " (trend " + (rounded > 0 ? "+" : "")
                        + ReportContext.dutch(rounded) + " per kwartaal over " + quarters.size() + " kwartalen).");
    }

    private static EvaluationReport.InterventionItem item(ReportFacts.Intervention i, ReportContext context) {
        String outcome = ended(i, context);
        Function<String, String> layer = code -> context.name(Term.LAYER, code);
        return new EvaluationReport.InterventionItem(i.interventionId(), i.assessmentId(), i.themeCode(),
                context.theme(i.themeCode()), i.cycle(), i.gemeente(), context.gemeente(i.gemeente()), i.layer(),
                layer.apply(i.layer()), i.kind(), AssessmentEventDescriptions.interventionKind(i.kind()), outcome,
                outcomeName(outcome), i.reason(), i.openedAt(), i.openedByName(),
                OPEN.equals(outcome) || DOORVERWEZEN.equals(outcome) ? null : i.resolvedAt(),
                OPEN.equals(outcome) || DOORVERWEZEN.equals(outcome) ? null : i.resolvedByName(),
                LeadTimeSection.daysOpen(i, context), i.insideMandate(), i.mandateId());
    }
}
