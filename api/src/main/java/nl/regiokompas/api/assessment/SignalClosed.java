package nl.regiokompas.api.assessment;

/**
 * A signal was handled by the bestuurder of its gemeente: closed with a note, or turned into intervention
 * {@code interventionId} (null when closed without one).
 */
public record SignalClosed(String assessmentId, int cycle, String signalId, String gemeente, String note,
                           String interventionId) {
}
