package nl.regiokompas.api.assessment;

/** {@code gemeente}'s bestuurder consented to the local deviation that intervention {@code interventionId} asks. */
public record DeviationConsented(String assessmentId, int cycle, String interventionId, String gemeente,
                                 String note) {
}
