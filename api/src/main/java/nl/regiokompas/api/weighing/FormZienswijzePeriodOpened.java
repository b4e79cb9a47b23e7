package nl.regiokompas.api.weighing;

import java.time.LocalDate;

/** Confirmations of {@code revision} wait until {@code endsOn} has passed or every raad gave its zienswijze. */
public record FormZienswijzePeriodOpened(String weighingId, int revision, LocalDate endsOn) {
}
