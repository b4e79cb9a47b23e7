package nl.regiokompas.api.weighing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A form weighing as it stands, as published at {@code GET /api/weighings/{id}}: the matrix of scores per gemeente,
 * the spread per form and criterion, what each form means for the raden, the proposal, confirmations,
 * interventions, the chosen form, and the weighing's own history. {@code version} is the sequence number of the
 * last event applied; {@code by} fields are user ids with the person's name beside them.
 */
public record WeighingDocument(String weighingId, String title, String status, long version, int frameworkVersion,
                               Instant openedAt, String openedBy, String openedByName,
                               List<ThemeEntry> themes, List<Named> forms, List<Named> criteria,
                               List<Named> gemeenten, List<Score> scores, List<Spread> spread,
                               List<RaadRole> raadRoles, Proposal proposal, List<ConfirmationEntry> confirmations,
                               List<InterventionEntry> interventions, Chosen chosen, List<HistoryLine> history,
                               ZienswijzePeriod zienswijzePeriod, List<Zienswijze> zienswijzen,
                               List<Informing> informings) {

    /** A document stored before the raden's part was added reads with empty lists there. */
    public WeighingDocument {
        zienswijzen = zienswijzen == null ? List.of() : zienswijzen;
        informings = informings == null ? List.of() : informings;
    }

    public static final String OPEN = "OPEN";
    public static final String VOORGESTELD = "VOORGESTELD";
    public static final String GEKOZEN = "GEKOZEN";

    /** A code with the name the weighing's framework version gives it. */
    public record Named(String code, String name) {
    }

    public record ThemeEntry(String themeCode, String name, String assessmentId, String decisionId, int cycle) {
    }

    public record Score(String gemeente, String form, String criterion, int score, String argument, String by,
                        String byName, Instant at) {
    }

    /** The lowest and highest score of the gemeenten on one cell; {@code disagree} when they lie 2 or more apart. */
    public record Spread(String form, String criterion, int scored, int lowest, int highest, double average,
                         boolean disagree) {
    }

    public record RaadRole(String form, String text, String by, String byName, Instant at) {
    }

    public record Proposal(int revision, String form, String rationale, String by, String byName, Instant at) {
    }

    public record ConfirmationEntry(String gemeente, int revision, String note, String by, String byName, Instant at) {
    }

    /**
     * {@code status} is OPEN or the outcome (VERWORPEN only in events recorded before issue 11 §3 reached the
     * weighing); {@code resolvedRevision} the later revision that took it over; {@code bestuurstafelOn} the
     * Bestuurstafel it was referred to (it stays OPEN). Both null in documents folded before they were kept.
     */
    public record InterventionEntry(String interventionId, String gemeente, int revision, String kind, String reason,
                                    String status, String by, String byName, Instant at, String note,
                                    String resolvedByName, Instant resolvedAt, Integer resolvedRevision,
                                    LocalDate bestuurstafelOn) {
    }

    public record Chosen(String form, int revision, Instant at) {
    }

    // --- the raden: the zienswijze period on a revision, the zienswijzen given, the raden informed of the choice ---

    public record ZienswijzePeriod(int revision, java.time.LocalDate endsOn, String byName, Instant at) {
    }

    public record Zienswijze(String gemeente, int revision, String text, nl.regiokompas.api.raad.Raadsbesluit raadsbesluit,
                             String byName, Instant at) {
    }

    public record Informing(String gemeente, int revision, String kind, java.time.LocalDate date, String reference,
                            String byName, Instant at) {
    }

    /** One event of the weighing, described in Dutch, with who and when. */
    public record HistoryLine(long version, Instant at, String by, String byName, String role, String description) {
    }
}
