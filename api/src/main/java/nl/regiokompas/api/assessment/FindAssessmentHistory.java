package nl.regiokompas.api.assessment;

/** Asks for the events of an assessment straight from the event store, after a sequence number (-1: all). */
public record FindAssessmentHistory(String assessmentId, long afterSequence) {
}
