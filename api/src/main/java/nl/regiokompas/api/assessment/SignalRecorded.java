package nl.regiokompas.api.assessment;

public record SignalRecorded(String assessmentId, int cycle, String signalId, String gemeente, String layer,
                             String text) {
}
