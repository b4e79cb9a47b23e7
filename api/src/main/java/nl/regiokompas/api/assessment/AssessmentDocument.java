package nl.regiokompas.api.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The assessment as it stands in its current cycle, as published at {@code GET /api/assessments/{id}}.
 * {@code version} is the sequence number of the last event applied; {@code by} fields are user ids.
 */
public record AssessmentDocument(String assessmentId, String themeCode, String title, String status, int cycle,
                                 long version, int frameworkVersion, List<String> gemeenten, List<Input> inputs,
                                 Proposal proposal, List<Responsibility> responsibilities,
                                 List<Precondition> preconditions, List<ConfirmationEntry> confirmations,
                                 List<InterventionEntry> interventions, Decision decision,
                                 GovernanceForm governanceForm) {

    public static final String OPEN = "OPEN";
    public static final String VOORGESTELD = "VOORGESTELD";
    public static final String BESLOTEN = "BESLOTEN";

    public record Input(String gemeente, String layer, String criterion, String leaning, String text, String by,
                        Instant at) {
    }

    public record Proposal(int revision, Map<String, String> scales, String rationale, String by, Instant at) {
    }

    /** {@code note} is the bestuurder's optional remark ("Akkoord, mits ..."), null without one. */
    public record ConfirmationEntry(String gemeente, int revision, String by, Instant at, String note) {

        public ConfirmationEntry(String gemeente, int revision, String by, Instant at) {
            this(gemeente, revision, by, at, null);
        }
    }

    /** {@code status} is OPEN or the outcome; {@code note}, {@code resolvedBy} and {@code resolvedAt} once resolved. */
    public record InterventionEntry(String interventionId, String gemeente, String layer, String kind, String reason,
                                    String status, String by, Instant at, String note, String resolvedBy,
                                    Instant resolvedAt) {
    }

    public record Decision(String decisionId, int revision, Map<String, String> scales, Instant decidedAt) {
    }

    public record GovernanceForm(String form, String rationale, String by, Instant at) {
    }
}
