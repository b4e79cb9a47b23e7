package nl.regiokompas.api.assessment;

/** The follow-up of bestuurlijke bevestiging {@code decisionId}; a later one replaces it. */
public record FollowUpRecorded(String assessmentId, int cycle, String decisionId, FollowUp followUp, String note) {
}
