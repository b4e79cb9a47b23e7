package nl.regiokompas.web.audit;

import java.util.List;

import nl.regiokompas.api.audit.AnchorCheck;
import nl.regiokompas.api.audit.AssessmentRecord;
import nl.regiokompas.api.audit.ChainVerification;
import nl.regiokompas.api.audit.DecisionProvenance;
import nl.regiokompas.api.audit.FindAssessmentRecord;
import nl.regiokompas.api.audit.FindDecisionProvenance;
import nl.regiokompas.api.audit.HashChainAnchor;
import nl.regiokompas.api.audit.RecordedAnchor;
import nl.regiokompas.api.audit.VerifyEventChain;
import nl.regiokompas.api.framework.FindFramework;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.FrameworkVersion;
import nl.regiokompas.api.raad.FindRaadInforming;
import nl.regiokompas.api.raad.RaadConfirmationView;
import nl.regiokompas.web.query.InvalidQueryParameter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail over HTTP, read-only: the integrity check of the event hash chain (auditor and
 * programmateam), the provenance of a decision and the exported decision record of an assessment (every
 * signed-in role, like the history these are made of). The as-of view is {@code GET /api/assessments/{id}?asOf=}.
 * The integrity check also compares the chain with an anchor kept outside the database ({@code ?anchor=}) and
 * with the anchors of this instance's anchor file ({@code ?anchors=file}).
 */
@RestController
class AuditController {

    private static final String FILE = "file";

    private final QueryGateway queries;
    private final ObjectProvider<ChainAnchorJournal> journal;
    private final java.time.Duration informingTerm;

    AuditController(QueryGateway queries, ObjectProvider<ChainAnchorJournal> journal,
                    @org.springframework.beans.factory.annotation.Value("${regiokompas.raad.informing-term:P42D}")
                    java.time.Duration informingTerm) {
        this.queries = queries;
        this.journal = journal;
        this.informingTerm = informingTerm;
    }

    @GetMapping("/api/audit/verify")
    ChainVerification verify(@RequestParam(required = false) String anchor,
                             @RequestParam(required = false) String anchors) {
        HashChainAnchor asked = anchor == null ? null : anchorParameter(anchor);
        RecordedAnchor.File file = anchors == null ? null : anchorFile(anchors);
        ChainVerification verification = queries.query(new VerifyEventChain(asked, file),
                ResponseTypes.instanceOf(ChainVerification.class)).join();
        if (verification.anchor() != null && verification.anchor().outcome() == AnchorCheck.Outcome.BEYOND_HEAD) {
            throw new InvalidQueryParameter("anchor", verification.anchor().detail() + " Controleer het anker; "
                    + "klopt het, dan zijn er gebeurtenissen verwijderd nadat het werd vastgelegd.");
        }
        return verification;
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

    private static HashChainAnchor anchorParameter(String anchor) {
        try {
            return HashChainAnchor.parse(anchor);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidQueryParameter("anchor", malformed.getMessage());
        }
    }

    private RecordedAnchor.File anchorFile(String anchors) {
        if (!FILE.equals(anchors)) {
            throw new InvalidQueryParameter("anchors", "Onbekende waarde voor anchors; gebruik anchors=file om de "
                    + "ankers uit het ankerbestand van deze server te controleren.");
        }
        ChainAnchorJournal kept = journal.getIfAvailable();
        if (kept == null) {
            throw new InvalidQueryParameter("anchors", "Deze opstelling houdt geen ankerbestand bij: de "
                    + "gebeurtenissen staan niet in PostgreSQL, dus er is geen hashketen om te verankeren.");
        }
        return kept.recorded();
    }

    private ResponseEntity<String> html(AssessmentRecord record) {
        int version = record.document().frameworkVersion();
        FrameworkContent framework = queries.query(new FindFramework(version),
                        ResponseTypes.optionalInstanceOf(FrameworkVersion.class)).join()
                .map(FrameworkVersion::content)
                .orElseThrow(() -> new IllegalStateException("Framework version " + version + " of assessment "
                        + record.assessmentId() + " is missing"));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(DecisionRecordPage.render(record, framework, raadInforming(record.assessmentId())));
    }

    private RaadInformingOfRecord raadInforming(String assessmentId) {
        List<RaadConfirmationView> confirmations = queries.query(new FindRaadInforming(assessmentId),
                ResponseTypes.multipleInstancesOf(RaadConfirmationView.class)).join();
        return new RaadInformingOfRecord(confirmations, informingTerm.toDays());
    }
}
