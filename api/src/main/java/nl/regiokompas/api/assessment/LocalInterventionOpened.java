package nl.regiokompas.api.assessment;

/**
 * {@code revision} is the proposal revision current when the intervention was filed (0 before any proposal);
 * {@code mandateId} the mandate it relates to, if named. Both are null in events recorded before they existed.
 */
public record LocalInterventionOpened(String assessmentId, int cycle, String interventionId, String gemeente,
                                      String layer, InterventionKind kind, String reason, String mandateId,
                                      Integer revision) {

    public LocalInterventionOpened(String assessmentId, int cycle, String interventionId, String gemeente,
                                   String layer, InterventionKind kind, String reason) {
        this(assessmentId, cycle, interventionId, gemeente, layer, kind, reason, null, null);
    }
}
