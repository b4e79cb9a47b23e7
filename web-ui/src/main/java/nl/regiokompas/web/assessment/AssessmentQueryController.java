package nl.regiokompas.web.assessment;

import java.util.List;

import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.AssessmentSummary;
import nl.regiokompas.api.assessment.ListAssessments;
import nl.regiokompas.web.query.InvalidQueryParameter;
import nl.regiokompas.web.query.Params;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assessment list and document. {@code minVersion} asks to wait until the view includes the client's
 * own change (read-your-writes); 503 when that takes longer than the configured time.
 */
@RestController
@RequestMapping("/api/assessments")
class AssessmentQueryController {

    private final QueryGateway queries;
    private final AssessmentDocumentReader documents;

    AssessmentQueryController(QueryGateway queries, AssessmentDocumentReader documents) {
        this.queries = queries;
        this.documents = documents;
    }

    @GetMapping
    List<AssessmentSummary> list(@RequestParam(required = false) String themeCode) {
        return queries.query(new ListAssessments(Params.optional(themeCode)),
                ResponseTypes.multipleInstancesOf(AssessmentSummary.class)).join();
    }

    @GetMapping("/{id}")
    AssessmentDocument document(@PathVariable String id, @RequestParam(required = false) Long minVersion,
                                @RequestParam(required = false) String asOf) {
        if (asOf != null) {
            throw new InvalidQueryParameter("asOf", "asOf wordt nog niet ondersteund.");
        }
        return minVersion == null ? documents.current(id) : documents.atLeast(id, minVersion);
    }
}
