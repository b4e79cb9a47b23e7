package nl.regiokompas.api.assessment;

import java.time.LocalDate;

/** An intervention was referred to the Bestuurstafel of {@code bestuurstafelOn}; it stays open. */
public record InterventionReferred(String assessmentId, int cycle, String interventionId, String gemeente,
                                   LocalDate bestuurstafelOn, String note) {
}
