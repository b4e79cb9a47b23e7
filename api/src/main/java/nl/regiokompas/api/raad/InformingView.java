package nl.regiokompas.api.raad;

import java.time.Instant;
import java.time.LocalDate;

/** The raad of {@code gemeente} was informed of its confirmation of {@code revision}. */
public record InformingView(String assessmentId, String title, String themeCode, int cycle, String gemeente,
                            int revision, InformingKind kind, LocalDate date, String reference, Instant recordedAt) {
}
