package nl.regiokompas.api.assessment;

import java.time.LocalDate;

/** {@code decisionId} is the bestuurlijke bevestiging the formal decision belongs to. */
public record FormalDecisionRecorded(String assessmentId, int cycle, String decisionId, String gemeente,
                                     FormalBody body, LocalDate date, String reference, String url) {
}
