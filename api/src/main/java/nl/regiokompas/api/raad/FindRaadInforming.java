package nl.regiokompas.api.raad;

/**
 * The confirmations that stand (of every cycle; of one assessment, or of all when {@code assessmentId} is null), each
 * with whether and when its raad was informed and whether that was late: for the decision pages and the record.
 */
public record FindRaadInforming(String assessmentId) {
}
