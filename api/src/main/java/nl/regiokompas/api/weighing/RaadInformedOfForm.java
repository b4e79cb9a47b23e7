package nl.regiokompas.api.weighing;

import java.time.LocalDate;

import nl.regiokompas.api.raad.InformingKind;

/** The raad of {@code gemeente} was informed of the form chosen in {@code revision}. */
public record RaadInformedOfForm(String weighingId, String gemeente, int revision, InformingKind kind, LocalDate date,
                                 String reference) {
}
