package nl.regiokompas.api.assessment;

/** The region accepted that {@code gemeente} does {@code layer} locally (intervention {@code interventionId}). */
public record LocalException(String gemeente, String layer, String interventionId) {
}
