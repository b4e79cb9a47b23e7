package nl.regiokompas.web.assessment;

import java.time.Instant;
import java.util.List;

import nl.regiokompas.api.assessment.AllowedActions;
import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.AssessmentPolicy;
import nl.regiokompas.api.assessment.AssessmentSummary;
import nl.regiokompas.api.assessment.FindAssessmentAsOf;
import nl.regiokompas.api.assessment.ListAssessments;
import nl.regiokompas.web.query.InvalidQueryParameter;
import nl.regiokompas.web.query.Moments;
import nl.regiokompas.web.query.NotFound;
import nl.regiokompas.web.query.Params;
import nl.regiokompas.web.security.RegiokompasUser;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assessment list and document. {@code minVersion} asks to wait until the view includes the client's
 * own change (read-your-writes); 503 when that takes longer than the configured time. The current document
 * comes with what the caller may do next ({@link AssessmentPolicy}, the rules of the aggregate). {@code asOf}
 * answers the document as it stood at that instant, rebuilt from the event store.
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
    AssessmentView document(@PathVariable String id, @RequestParam(required = false) Long minVersion,
                            @AuthenticationPrincipal RegiokompasUser user) {
        AssessmentDocument document = documents.read(id, minVersion);
        return new AssessmentView(document, allowedActions(user, document));
    }

    /** What the caller may do next; {@code minVersion} as for the document. */
    @GetMapping("/{id}/allowed-actions")
    AllowedActions allowedActions(@PathVariable String id, @RequestParam(required = false) Long minVersion,
                                  @AuthenticationPrincipal RegiokompasUser user) {
        return allowedActions(user, documents.read(id, minVersion));
    }

    /** The document as it stood at that instant, folded from the event store by the query side. */
    @GetMapping(value = "/{id}", params = "asOf")
    AssessmentDocument asOf(@PathVariable String id, @RequestParam String asOf) {
        Instant instant = Moments.parse("asOf", asOf);
        if (instant == null) {
            throw new InvalidQueryParameter("asOf", "Geef bij asOf een tijdstip in UTC (2027-03-01T12:00:00Z).");
        }
        AssessmentDocument document = queries.query(new FindAssessmentAsOf(id, instant),
                ResponseTypes.instanceOf(AssessmentDocument.class)).join();
        if (document == null) {
            throw new NotFound("Afwegingstraject '" + id + "' bestond op " + instant + " nog niet.");
        }
        return document;
    }

    private static AllowedActions allowedActions(RegiokompasUser user, AssessmentDocument document) {
        return AssessmentPolicy.allowedActions(user.role(), user.gemeente(), document);
    }
}
