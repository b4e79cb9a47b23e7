package nl.regiokompas.api.weighing;

import java.time.LocalDate;

/** An intervention on the proposed form was referred to the Bestuurstafel of {@code bestuurstafelOn}; it stays open. */
public record FormInterventionReferred(String weighingId, String interventionId, String gemeente,
                                       LocalDate bestuurstafelOn, String note) {
}
