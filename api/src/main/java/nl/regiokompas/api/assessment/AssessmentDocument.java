package nl.regiokompas.api.assessment;

import java.time.Instant;
import java.time.LocalDate;
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
                                 GovernanceForm governanceForm,
                                 // process (issue 11 §3, §4)
                                 List<SignalEntry> signals, List<FormalDecisionEntry> formalDecisions,
                                 List<ExpectedFormalDecision> missingFormalDecisions,
                                 List<DiscussionEntry> discussions, FollowUpEntry followUp,
                                 // the whole package (issue 11 §1, §2)
                                 List<LayerGuideline> guideline) {

    public AssessmentDocument {
        signals = signals == null ? List.of() : signals;
        formalDecisions = formalDecisions == null ? List.of() : formalDecisions;
        missingFormalDecisions = missingFormalDecisions == null ? List.of() : missingFormalDecisions;
        discussions = discussions == null ? List.of() : discussions;
        guideline = guideline == null ? List.of() : guideline;
    }

    /** A document without the facts of the process: no signals, formal decisions, discussions or follow-up. */
    public AssessmentDocument(String assessmentId, String themeCode, String title, String status, int cycle,
                              long version, int frameworkVersion, List<String> gemeenten, List<Input> inputs,
                              Proposal proposal, List<Responsibility> responsibilities,
                              List<Precondition> preconditions, List<ConfirmationEntry> confirmations,
                              List<InterventionEntry> interventions, Decision decision,
                              GovernanceForm governanceForm) {
        this(assessmentId, themeCode, title, status, cycle, version, frameworkVersion, gemeenten, inputs, proposal,
                responsibilities, preconditions, confirmations, interventions, decision, governanceForm, List.of(),
                List.of(), List.of(), List.of(), null, List.of());
    }

    /**
     * How the current inputs of one layer point: {@code leanings} counts the inputs per scale (framework order),
     * {@code mostFrequent} the scale(s) with the highest count (several on a tie, none without leanings),
     * {@code indicators} the guideline indicators marked as applying, with the gemeenten that marked each.
     */
    public record LayerGuideline(String layer, Map<String, Integer> leanings, List<String> mostFrequent,
                                 List<IndicatorMark> indicators) {
    }

    /** A guideline indicator (code SCALE.n, its scale and its text) and the gemeenten whose inputs mark it. */
    public record IndicatorMark(String indicator, String scale, String text, List<String> gemeenten) {
    }

    public static final String OPEN = "OPEN";
    public static final String VOORGESTELD = "VOORGESTELD";
    public static final String BESLOTEN = "BESLOTEN";

    /** {@code indicators}: the guideline indicators (codes SCALE.n) this input marks as applying. */
    public record Input(String gemeente, String layer, String criterion, String leaning, String text, String by,
                        Instant at, String byName, List<String> indicators) {
        public Input {
            indicators = indicators == null ? List.of() : indicators;
        }

        public Input(String gemeente, String layer, String criterion, String leaning, String text, String by,
                     Instant at, String byName) {
            this(gemeente, layer, criterion, leaning, text, by, at, byName, List.of());
        }

        public Input(String gemeente, String layer, String criterion, String leaning, String text, String by,
                     Instant at) {
            this(gemeente, layer, criterion, leaning, text, by, at, null);
        }
    }

    /**
     * The current revision of the package. {@code revision} goes up with every change of the package (scales,
     * responsibilities, preconditions, mandate); {@code deviations} are the reasons per layer whose scale departs
     * from the most frequent leaning; {@code mandateId} the theme's mandate the package falls under (null: none).
     */
    public record Proposal(int revision, Map<String, String> scales, String rationale, String by, Instant at,
                           String byName, Map<String, String> deviations, String mandateId) {
        public Proposal {
            deviations = deviations == null ? Map.of() : deviations;
        }

        public Proposal(int revision, Map<String, String> scales, String rationale, String by, Instant at,
                        String byName) {
            this(revision, scales, rationale, by, at, byName, Map.of(), null);
        }

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

    /**
     * {@code status} is OPEN or the outcome; {@code note}, {@code resolvedBy} and {@code resolvedAt} once resolved.
     * {@code mandateId} is the mandate it relates to; {@code revision} the revision it was filed on,
     * {@code resolvedRevision} the revision that took it over (OVERGENOMEN); {@code bestuurstafelOn} the date of the
     * Bestuurstafel it was referred to (it stays OPEN); {@code consents} the gemeenten that consented to the deviation.
     */
    public record InterventionEntry(String interventionId, String gemeente, String layer, String kind, String reason,
                                    String status, String by, Instant at, String note, String resolvedBy,
                                    Instant resolvedAt, String byName, String resolvedByName, String mandateId,
                                    Integer revision, Integer resolvedRevision, LocalDate bestuurstafelOn,
                                    List<String> consents) {

        public InterventionEntry {
            consents = consents == null ? List.of() : consents;
        }

        public InterventionEntry(String interventionId, String gemeente, String layer, String kind, String reason,
                                 String status, String by, Instant at, String note, String resolvedBy,
                                 Instant resolvedAt, String byName, String resolvedByName) {
            this(interventionId, gemeente, layer, kind, reason, status, by, at, note, resolvedBy, resolvedAt, byName,
                    resolvedByName, null, null, null, null, List.of());
        }

        public InterventionEntry(String interventionId, String gemeente, String layer, String kind, String reason,
                                 String status, String by, Instant at, String note, String resolvedBy,
                                 Instant resolvedAt) {
            this(interventionId, gemeente, layer, kind, reason, status, by, at, note, resolvedBy, resolvedAt, null,
                    null);
        }
    }

    /** The bestuurlijke bevestiging; {@code exceptions} are the accepted local exceptions per gemeente and layer. */
    public record Decision(String decisionId, int revision, Map<String, String> scales, Instant decidedAt,
                           List<LocalException> exceptions) {

        public Decision {
            exceptions = exceptions == null ? List.of() : exceptions;
        }

        public Decision(String decisionId, int revision, Map<String, String> scales, Instant decidedAt) {
            this(decisionId, revision, scales, decidedAt, List.of());
        }
    }

    // ---- process (issue 11 §3, §4) ----------------------------------------------------------------------------

    public static final String SIGNAL_OPEN = "OPEN";
    public static final String SIGNAL_CLOSED = "GESLOTEN";
    public static final String SIGNAL_INTERVENTION = "INTERVENTIE";

    /** A strateeg's signal to the own bestuurder; {@code status} OPEN, GESLOTEN or INTERVENTIE. */
    public record SignalEntry(String signalId, String gemeente, String layer, String text, String status, String by,
                              Instant at, String byName, String note, String interventionId, String closedBy,
                              Instant closedAt, String closedByName) {
    }

    public record FormalDecisionEntry(String gemeente, String body, LocalDate date, String reference, String url,
                                      String by, Instant at, String byName) {
    }

    /** A formal decision that is expected but not recorded yet; {@code gemeente} is null for the Bestuurstafel. */
    public record ExpectedFormalDecision(String gemeente, String body) {
    }

    /** {@code subject} REVISIE or BEVESTIGING; {@code gemeente} is the confirming gemeente for a BEVESTIGING. */
    public record DiscussionEntry(String gremium, LocalDate date, String subject, int revision, String gemeente,
                                  String note, String by, Instant at, String byName) {
    }

    public record FollowUpEntry(String followUp, String note, String by, Instant at, String byName) {
    }

    public record GovernanceForm(String form, String rationale, String by, Instant at, String byName) {
        public GovernanceForm(String form, String rationale, String by, Instant at) {
            this(form, rationale, by, at, null);
        }
    }
}
