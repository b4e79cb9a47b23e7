package nl.regiokompas.query.report;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import nl.regiokompas.api.evaluation.EvaluationReport;

/** Assembles the report of a period from its facts; {@code now} bounds an open-ended period. */
final class EvaluationReportAssembler {

    private EvaluationReportAssembler() {
    }

    static EvaluationReport assemble(ReportFacts facts, Instant now) {
        return assemble(facts, now, ReportThreads.IN_TURN);
    }

    /**
     * The same report, with the sections that take longest computed side by side on {@code executor}: the sections
     * only read the facts and build their own parts.
     */
    static EvaluationReport assemble(ReportFacts facts, Instant now, Executor executor) {
        return assemble(facts, now, executor, null);
    }

    /**
     * The report with the {@code detail} most recent items of each list (null: all), as {@link ReportLists} cuts
     * them; the sections build only what it keeps where that saves work, and every figure counts every item.
     */
    static EvaluationReport assemble(ReportFacts facts, Instant now, Executor executor, Integer detail) {
        Instant end = facts.to() == null || facts.to().isAfter(now) ? now : facts.to();
        ReportContext context = new ReportContext(facts.from(), facts.to(), end, facts.names());
        CompletableFuture<EvaluationReport.LeadTimes> leadTimes = ReportThreads.start(executor,
                () -> LeadTimeSection.of(facts, context, detail));
        CompletableFuture<RaadSection> raadSection = ReportThreads.start(executor, () -> RaadSection.of(facts, context));
        CompletableFuture<EvaluationReport.Raad> raad = raadSection.thenApplyAsync(RaadSection::raad, executor);
        CompletableFuture<EvaluationReport.Interventions> interventions = ReportThreads.start(executor,
                () -> InterventionSection.of(facts, context));
        EvaluationReport.Mandates mandates = MandateSection.of(facts, context);
        EvaluationReport.Scales scales = ScaleSection.of(facts, context);
        EvaluationReport.Route route = RouteSection.of(facts, context);
        EvaluationReport.Reflections reflections = ReflectionSection.of(facts, context);
        return ReportLists.cut(new EvaluationReport(context.period(),
                ReportThreads.result(raadSection).withWaiting(ReportThreads.result(leadTimes)),
                ReportThreads.result(interventions), mandates, ReportThreads.result(raad), scales, route, reflections),
                detail);
    }
}
