package nl.regiokompas.api.raad;

public record ZienswijzeRecorded(String assessmentId, int cycle, int revision, String gemeente, String text,
                                 Raadsbesluit raadsbesluit) {
}
