package nl.regiokompas.web.evaluation;

import nl.regiokompas.api.evaluation.Evaluation;
import nl.regiokompas.api.evaluation.FindEvaluation;
import nl.regiokompas.web.query.Moments;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The evaluation of a period per theme, as JSON or, with {@code Accept: text/csv}, as one flat CSV table. */
@RestController
class EvaluationQueryController {

    static final String TEXT_CSV = "text/csv";

    private final QueryGateway queries;

    EvaluationQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/evaluation", produces = MediaType.APPLICATION_JSON_VALUE)
    Evaluation evaluation(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return evaluate(from, to);
    }

    @GetMapping(path = "/api/evaluation", produces = TEXT_CSV)
    ResponseEntity<String> evaluationAsCsv(@RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evaluatie.csv\"")
                .body(EvaluationCsv.write(evaluate(from, to)));
    }

    private Evaluation evaluate(String from, String to) {
        return queries.query(new FindEvaluation(Moments.parse("from", from), Moments.parse("to", to)),
                ResponseTypes.instanceOf(Evaluation.class)).join();
    }
}
