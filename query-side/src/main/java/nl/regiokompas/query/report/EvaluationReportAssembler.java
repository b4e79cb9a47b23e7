package nl.regiokompas.query.report;

import java.time.Instant;

import nl.regiokompas.api.evaluation.EvaluationReport;

/** Assembles the report of a period from its facts; {@code now} bounds an open-ended period. */
final class EvaluationReportAssembler {

    private EvaluationReportAssembler() {
    }

    static EvaluationReport assemble(ReportFacts facts, Instant now) {
        Instant end = facts.to() == null || facts.to().isAfter(now) ? now : facts.to();
        ReportContext context = new ReportContext(facts.from(), facts.to(), end, facts.names());
        RaadSection raad = RaadSection.of(facts, context);
        return new EvaluationReport(context.period(), raad.withWaiting(LeadTimeSection.of(facts, context)),
                InterventionSection.of(facts, context), MandateSection.of(facts, context), raad.raad(),
                ScaleSection.of(facts, context), RouteSection.of(facts, context), ReflectionSection.of(facts, context));
    }
}
