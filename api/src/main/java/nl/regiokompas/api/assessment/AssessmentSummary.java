package nl.regiokompas.api.assessment;

/** One line of the assessment list; {@code confirmations} counts those of the current proposal revision. */
public record AssessmentSummary(String assessmentId, String themeCode, String title, String status, long version,
                                int cycle, int openInterventions, int confirmations) {
}
