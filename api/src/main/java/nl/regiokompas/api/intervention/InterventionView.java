package nl.regiokompas.api.intervention;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A local intervention and how long it was open: until its resolution, or until the moment of the query
 * while it is still open (a referral to the Bestuurstafel keeps it open). {@code openedBy}/{@code resolvedBy} are
 * user ids for tools; {@code openedByName}/{@code resolvedByName} the names people read (null in rows projected
 * before names were kept, until the projection is replayed).
 */
public record InterventionView(String interventionId, String assessmentId, String themeCode, int cycle,
                               String gemeente, String layer, String kind, String reason, String status,
                               String openedBy, Instant openedAt, String outcome, String note, String resolvedBy,
                               Instant resolvedAt, long openDurationSeconds, String openedByName,
                               String resolvedByName, String mandateId, LocalDate bestuurstafelOn) {

    public static final String OPEN = "OPEN";
}
