package nl.regiokompas.web.evaluation;

import nl.regiokompas.api.evaluation.EvaluationComparison;
import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.evaluation.FindEvaluationComparison;
import nl.regiokompas.api.evaluation.FindEvaluationReport;
import nl.regiokompas.web.query.Moments;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluation report of issue 15: as JSON, with {@code Accept: text/csv} as a machine CSV of its figures, at
 * {@code /spreadsheet} as the Dutch spreadsheet export, and two periods side by side at {@code /comparison}.
 * The JSON answers carry every figure but only the most recent items of each list unless {@code ?detail=all}
 * ({@link ReportDetail}); the CSV and spreadsheet exports are always complete.
 */
@RestController
class EvaluationReportController {

    private final QueryGateway queries;

    EvaluationReportController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/evaluation/report", produces = MediaType.APPLICATION_JSON_VALUE)
    EvaluationReport report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                            @RequestParam(required = false) String detail) {
        return find(from, to, ReportDetail.of(detail).limit());
    }

    @GetMapping(path = "/api/evaluation/report", produces = EvaluationQueryController.TEXT_CSV)
    ResponseEntity<String> reportAsCsv(@RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to) {
        return EvaluationQueryController.attachment("evaluatierapport.csv",
                withRoute(find(from, to, null), EvaluationTableStyle.MACHINE_READABLE));
    }

    @GetMapping(path = "/api/evaluation/report/spreadsheet")
    ResponseEntity<String> reportAsSpreadsheet(@RequestParam(required = false) String from,
                                               @RequestParam(required = false) String to) {
        return EvaluationQueryController.attachment("regiokompas-evaluatierapport.csv",
                withRoute(find(from, to, null), SpreadsheetStyle.current(queries)));
    }

    /** The report's figures, then the route's and the weighings' tables of the same period. */
    private String withRoute(EvaluationReport report, EvaluationTableStyle style) {
        return EvaluationReportCsv.write(report, style)
                + EvaluationRouteTables.of(queries, report.period().from(), report.period().to(), style);
    }

    @GetMapping(path = "/api/evaluation/report/comparison", produces = MediaType.APPLICATION_JSON_VALUE)
    EvaluationComparison comparison(@RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String compareFrom,
                                    @RequestParam(required = false) String compareTo,
                                    @RequestParam(required = false) String detail) {
        Integer limit = ReportDetail.of(detail).limit();
        return queries.query(new FindEvaluationComparison(Moments.parse("from", from), Moments.parse("to", to),
                        Moments.parse("compareFrom", compareFrom), Moments.parse("compareTo", compareTo), limit),
                ResponseTypes.instanceOf(EvaluationComparison.class)).join();
    }

    /** {@code detail} null: every item of every list (the exports are always complete). */
    private EvaluationReport find(String from, String to, Integer detail) {
        return queries.query(new FindEvaluationReport(Moments.parse("from", from), Moments.parse("to", to), detail),
                ResponseTypes.instanceOf(EvaluationReport.class)).join();
    }
}
