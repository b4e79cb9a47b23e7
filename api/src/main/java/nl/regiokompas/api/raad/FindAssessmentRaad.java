package nl.regiokompas.api.raad;

public record FindAssessmentRaad(String assessmentId) {
}
