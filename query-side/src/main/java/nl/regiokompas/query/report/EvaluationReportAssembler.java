package nl.regiokompas.query.report;

import java.time.Instant;
import java.util.List;

import nl.regiokompas.api.evaluation.EvaluationReport;

/** Assembles the report of a period from its facts; {@code now} bounds an open-ended period. */
final class EvaluationReportAssembler {

    private EvaluationReportAssembler() {
    }

    static EvaluationReport assemble(ReportFacts facts, Instant now) {
        Instant end = facts.to() == null || facts.to().isAfter(now) ? now : facts.to();
        ReportContext context = new ReportContext(facts.from(), facts.to(), end, facts.names());
        return new EvaluationReport(context.period(), LeadTimeSection.of(facts, context),
                InterventionSection.of(facts, context), MandateSection.of(facts, context), raadNotRecorded(),
                ScaleSection.of(facts, context), RouteSection.of(facts, context), ReflectionSection.of(facts, context));
    }

    /** Issue 12 (the raad's kaders, zienswijzen and informing) is not recorded by this build yet. */
    private static EvaluationReport.Raad raadNotRecorded() {
        return new EvaluationReport.Raad(false, 0, 0, 0, 0, 0, new EvaluationReport.Average(0, null, null, null),
                List.of(), List.of());
    }
}
