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
        Instant now = clock.instant();
        return EvaluationReportAssembler.assemble(reader.read(query.from(), query.to(), now, threads.executor()), now,
                threads.executor());
    }

    @QueryHandler
    EvaluationComparison handle(FindEvaluationComparison query) {
        return EvaluationComparer.compare(handle(new FindEvaluationReport(query.from(), query.to())),
                handle(new FindEvaluationReport(query.compareFrom(), query.compareTo())));
    }
}
