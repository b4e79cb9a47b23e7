package nl.regiokompas.query.report;

import java.time.Clock;
import java.time.Instant;

import nl.regiokompas.api.evaluation.EvaluationComparison;
import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.evaluation.FindEvaluationComparison;
import nl.regiokompas.api.evaluation.FindEvaluationReport;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the evaluation report, and two of them side by side, from the evaluation-report projection. */
@Component
class EvaluationReportQueries {

    private final ReportFactsReader reader;
    private final ReportThreads threads;
    private final Clock clock = Clock.systemUTC();

    EvaluationReportQueries(ReportFactsReader reader, ReportThreads threads) {
        this.reader = reader;
        this.threads = threads;
    }

    @QueryHandler
    EvaluationReport handle(FindEvaluationReport query) {
        return report(query.from(), query.to(), query.detail());
    }

    private EvaluationReport report(Instant from, Instant to, Integer detail) {
        Instant now = clock.instant();
        return EvaluationReportAssembler.assemble(reader.read(from, to, now, threads.executor(), detail), now,
                threads.executor(), detail);
    }

    @QueryHandler
    EvaluationComparison handle(FindEvaluationComparison query) {
        EvaluationComparison whole = EvaluationComparer.compare(report(query.from(), query.to(), null),
                report(query.compareFrom(), query.compareTo(), null));
        return new EvaluationComparison(ReportLists.cut(whole.a(), query.detail()),
                ReportLists.cut(whole.b(), query.detail()), whole.differences());
    }
}
