package nl.regiokompas.api.raad;

import java.time.LocalDate;

public record RaadInformed(String assessmentId, int cycle, String gemeente, int revision, InformingKind kind,
                           LocalDate date, String reference) {
}
