package nl.regiokompas.web.evaluation;

import java.nio.charset.StandardCharsets;

import nl.regiokompas.api.evaluation.Evaluation;
import nl.regiokompas.api.weighing.ListWeighings;
import nl.regiokompas.api.weighing.WeighingDocument;
import nl.regiokompas.api.weighing.WeighingEvaluation;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import nl.regiokompas.api.evaluation.FindEvaluation;
import nl.regiokompas.web.query.Moments;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluation of a period per theme: as JSON, with {@code Accept: text/csv} as one flat CSV table for
 * scripts, and at {@code /api/evaluation/spreadsheet} as the same table for a Dutch spreadsheet; both followed by
 * the route's and the weighings' tables ({@link EvaluationRouteTables}).
 */
@RestController
class EvaluationQueryController {

    static final String TEXT_CSV = "text/csv";
    private static final MediaType CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final QueryGateway queries;

    EvaluationQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * The evaluation's JSON: the evaluation per theme, the route's part beside it (framework adoptions and agenda
     * changes, issue 13) and the form weighings opened in the period (phase 4).
     */
    record EvaluationJson(@JsonUnwrapped Evaluation evaluation, nl.regiokompas.api.route.RouteEvaluation route,
                          List<WeighingEvaluation> weighings) {
    }

    @GetMapping(path = "/api/evaluation", produces = MediaType.APPLICATION_JSON_VALUE)
    EvaluationJson evaluation(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Evaluation evaluation = evaluate(from, to);
        nl.regiokompas.api.route.RouteEvaluation route = queries.query(
                new nl.regiokompas.api.route.FindRouteEvaluation(Moments.parse("from", from), Moments.parse("to", to)),
                ResponseTypes.instanceOf(nl.regiokompas.api.route.RouteEvaluation.class)).join();
        List<WeighingEvaluation> weighings = queries.query(new ListWeighings(evaluation.from(), evaluation.to()),
                ResponseTypes.multipleInstancesOf(WeighingDocument.class)).join().stream()
                .map(WeighingEvaluation::of).toList();
        return new EvaluationJson(evaluation, route, weighings);
    }

    @GetMapping(path = "/api/evaluation", produces = TEXT_CSV)
    ResponseEntity<String> evaluationAsCsv(@RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to) {
        Evaluation evaluation = evaluate(from, to);
        return attachment("evaluatie.csv", EvaluationCsv.write(evaluation) + EvaluationRouteTables.of(queries,
                evaluation.from(), evaluation.to(), EvaluationTableStyle.MACHINE_READABLE));
    }

    @GetMapping(path = "/api/evaluation/spreadsheet")
    ResponseEntity<String> evaluationAsSpreadsheet(@RequestParam(required = false) String from,
                                                   @RequestParam(required = false) String to) {
        Evaluation evaluation = evaluate(from, to);
        SpreadsheetStyle style = SpreadsheetStyle.current(queries);
        return attachment("regiokompas-evaluatie.csv", EvaluationCsv.write(evaluation, style)
                + EvaluationRouteTables.of(queries, evaluation.from(), evaluation.to(), style));
    }

    static ResponseEntity<String> attachment(String filename, String csv) {
        return ResponseEntity.ok()
                .contentType(CSV_UTF8)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(csv);
    }

    private Evaluation evaluate(String from, String to) {
        return queries.query(new FindEvaluation(Moments.parse("from", from), Moments.parse("to", to)),
                ResponseTypes.instanceOf(Evaluation.class)).join();
    }
}
