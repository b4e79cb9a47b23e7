package nl.regiokompas.api.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.common.Actor;

/**
 * How one decision came about, read straight from the event store: the ordered {@code chain} of every event of
 * the decision's cycle, from the event that started the cycle (opened or reopened) up to and including the
 * decision, and the same facts grouped: the {@code inputs} per cell (superseded ones marked), each proposal
 * {@code revision} with what changed against the one before and the confirmations it received, every
 * {@code intervention} with how it was resolved, and the {@code confirmations} the decision counted.
 */
public record DecisionProvenance(String decisionId, String assessmentId, String themeCode, String title, int cycle,
                                 int revision, Map<String, String> scales, Instant decidedAt, List<String> gemeenten,
                                 List<Step> chain, List<InputTrace> inputs, List<RevisionTrace> revisions,
                                 List<InterventionTrace> interventions, List<ConfirmationTrace> confirmations) {

    /** One event of the chain. {@code changes} only for a proposal: what differs from the previous revision. */
    public record Step(long sequence, String type, Instant occurredAt, Actor actor, String description,
                       String reason, String eventId, String correlationId, String causationId, Integer revision,
                       List<Change> changes) {
    }

    /** A difference between two revisions: the scale of a layer ({@code SCHAAL}) or the rationale ({@code ONDERBOUWING}). */
    public record Change(String what, String layer, String from, String to) {

        public static final String SCALE = "SCHAAL";
        public static final String RATIONALE = "ONDERBOUWING";
        /** The package changed without new scales (a responsibility, a precondition, the mandate): {@code to} names what. */
        public static final String PACKAGE = "PAKKET";
    }

    /** A gemeente's input on a cell; {@code superseded} when a later input on the same cell replaced it. */
    public record InputTrace(long sequence, String gemeente, String layer, String criterion, String leaning,
                             String text, Actor by, Instant at, boolean superseded) {
    }

    /**
     * A proposal revision with its changes against the previous one and the confirmations it received;
     * {@code deviations} the reasons per layer for departing from the most frequent leaning.
     */
    public record RevisionTrace(int revision, long sequence, Map<String, String> scales, String rationale, Actor by,
                                Instant at, List<Change> changes, List<ConfirmationTrace> confirmations,
                                boolean decided, Map<String, String> deviations) {

        public RevisionTrace {
            deviations = deviations == null ? Map.of() : deviations;
        }

        public RevisionTrace(int revision, long sequence, Map<String, String> scales, String rationale, Actor by,
                             Instant at, List<Change> changes, List<ConfirmationTrace> confirmations,
                             boolean decided) {
            this(revision, sequence, scales, rationale, by, at, changes, confirmations, decided, Map.of());
        }
    }

    /** An intervention from opening to resolution; {@code outcome} null while it was still open. */
    public record InterventionTrace(String interventionId, String gemeente, String layer, String kind, String reason,
                                    Actor openedBy, Instant openedAt, long openedSequence, Integer duringRevision,
                                    String outcome, String note, Actor resolvedBy, Instant resolvedAt,
                                    Long resolvedSequence) {
    }

    /** A bestuurder's confirmation of a revision for a gemeente. */
    public record ConfirmationTrace(long sequence, String gemeente, int revision, String note, Actor by,
                                    Instant at) {
    }
}
