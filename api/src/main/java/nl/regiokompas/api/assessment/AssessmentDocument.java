package nl.regiokompas.api.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The assessment as it stands in its current cycle, as published at {@code GET /api/assessments/{id}}.
 * {@code version} is the sequence number of the last event applied; {@code by} fields are user ids, and the
 * {@code byName} next to each is that person's name for people to read (null in documents of events without it).
 * The shorter constructors leave the names out.
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
                        Instant at, String byName) {
        public Input(String gemeente, String layer, String criterion, String leaning, String text, String by,
                     Instant at) {
            this(gemeente, layer, criterion, leaning, text, by, at, null);
        }
    }

    public record Proposal(int revision, Map<String, String> scales, String rationale, String by, Instant at,
                           String byName) {
        public Proposal(int revision, Map<String, String> scales, String rationale, String by, Instant at) {
            this(revision, scales, rationale, by, at, null);
        }
    }

    /** {@code note} is the bestuurder's optional remark ("Akkoord, mits ..."), null without one. */
    public record ConfirmationEntry(String gemeente, int revision, String by, Instant at, String byName, String note) {

        public ConfirmationEntry(String gemeente, int revision, String by, Instant at) {
            this(gemeente, revision, by, at, null, null);
        }
    }

    /** {@code status} is OPEN or the outcome; {@code note}, {@code resolvedBy} and {@code resolvedAt} once resolved. */
    public record InterventionEntry(String interventionId, String gemeente, String layer, String kind, String reason,
                                    String status, String by, Instant at, String note, String resolvedBy,
                                    Instant resolvedAt, String byName, String resolvedByName) {
        public InterventionEntry(String interventionId, String gemeente, String layer, String kind, String reason,
                                 String status, String by, Instant at, String note, String resolvedBy,
                                 Instant resolvedAt) {
            this(interventionId, gemeente, layer, kind, reason, status, by, at, note, resolvedBy, resolvedAt, null,
                    null);
        }
    }

    public record Decision(String decisionId, int revision, Map<String, String> scales, Instant decidedAt) {
    }

    public record GovernanceForm(String form, String rationale, String by, Instant at, String byName) {
        public GovernanceForm(String form, String rationale, String by, Instant at) {
            this(form, rationale, by, at, null);
        }
    }
}
