package nl.regiokompas.api.assessment;

public record ConfirmedByBestuurder(String assessmentId, int cycle, String gemeente, int revision, String note) {
}
