package nl.regiokompas.api.intervention;

import java.time.Instant;

/**
 * A local intervention and how long it was open: until its resolution, or until the moment of the query
 * while it is still open.
 */
public record InterventionView(String interventionId, String assessmentId, String themeCode, int cycle,
                               String gemeente, String layer, String kind, String reason, String status,
                               String openedBy, Instant openedAt, String outcome, String note, String resolvedBy,
                               Instant resolvedAt, long openDurationSeconds) {

    public static final String OPEN = "OPEN";
}
