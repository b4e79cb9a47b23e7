package nl.regiokompas.api.raad;

/** The zienswijze of {@code gemeente} on {@code revision} was answered in revision {@code answeredInRevision}. */
public record ZienswijzeAnswered(String assessmentId, int cycle, int revision, String gemeente,
                                 int answeredInRevision, String text) {
}
