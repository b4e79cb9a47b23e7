package nl.regiokompas.web.audit;

import nl.regiokompas.api.audit.AssessmentRecord;
import nl.regiokompas.api.audit.ChainVerification;
import nl.regiokompas.api.audit.DecisionProvenance;
import nl.regiokompas.api.audit.FindAssessmentRecord;
import nl.regiokompas.api.audit.FindDecisionProvenance;
import nl.regiokompas.api.audit.VerifyEventChain;
import nl.regiokompas.web.security.BrowserHeaders;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail over HTTP, read-only: the integrity check of the event hash chain (auditor and
 * programmateam), the provenance of a decision and the exported decision record of an assessment (every
 * signed-in role, like the history these are made of). The as-of view is {@code GET /api/assessments/{id}?asOf=}.
 */
@RestController
class AuditController {

    private final QueryGateway queries;

    AuditController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/audit/verify")
    ChainVerification verify() {
        return queries.query(new VerifyEventChain(), ResponseTypes.instanceOf(ChainVerification.class)).join();
    }

    @GetMapping("/api/decisions/{decisionId}/provenance")
    DecisionProvenance provenance(@PathVariable String decisionId) {
        return queries.query(new FindDecisionProvenance(decisionId),
                ResponseTypes.instanceOf(DecisionProvenance.class)).join();
    }

    @GetMapping(path = "/api/assessments/{id}/record", produces = MediaType.APPLICATION_JSON_VALUE)
    AssessmentRecord record(@PathVariable String id) {
        return queries.query(new FindAssessmentRecord(id), ResponseTypes.instanceOf(AssessmentRecord.class)).join();
    }

    @GetMapping(path = "/api/assessments/{id}/record", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> recordAsHtml(@PathVariable String id) {
        return html(record(id));
    }

    @GetMapping("/api/assessments/{id}/record.html")
    ResponseEntity<String> printableRecord(@PathVariable String id) {
        return html(record(id));
    }

    private static ResponseEntity<String> html(AssessmentRecord record) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header(BrowserHeaders.CONTENT_SECURITY_POLICY_HEADER, DecisionRecordPage.CONTENT_SECURITY_POLICY)
                .body(DecisionRecordPage.render(record));
    }
}
