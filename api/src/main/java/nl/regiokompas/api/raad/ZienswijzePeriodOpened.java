package nl.regiokompas.api.raad;

import java.time.LocalDate;

/** Confirmations of {@code revision} wait until {@code endsOn} has passed or every raad gave its zienswijze. */
public record ZienswijzePeriodOpened(String assessmentId, int cycle, int revision, LocalDate endsOn) {
}
