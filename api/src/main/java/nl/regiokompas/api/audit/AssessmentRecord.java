package nl.regiokompas.api.audit;

import java.time.Instant;
import java.util.List;

import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.HistoryEntry;

/**
 * The complete decision record of an assessment, as exported at {@code GET /api/assessments/{id}/record}:
 * the document as it stands after its last event (folded from the event store), the provenance of every
 * decision of every cycle, the full history, and where the assessment's last event sits in the hash chain.
 */
public record AssessmentRecord(String assessmentId, Instant exportedAt, AssessmentDocument document,
                               List<DecisionProvenance> decisions, List<HistoryEntry> history, ChainAnchor chain) {

    /**
     * Anchors the export in the hash chain: the link (position, hex SHA-256 hash) of the assessment's last
     * event, and the head of the whole chain at the moment of export. Anyone who keeps this export can later
     * check that the store still holds the same events: {@code anchor} is the head as {@code <position>:<hash>},
     * for {@code GET /api/audit/verify?anchor=} (null when the chain is empty, as in the Axon Server layout).
     */
    public record ChainAnchor(String algorithm, String lastEventIdentifier, long lastEventSequence,
                              Long lastEventPosition, String lastEventHash, long headPosition, String headHash,
                              String headEventIdentifier, String anchor) {
    }
}
