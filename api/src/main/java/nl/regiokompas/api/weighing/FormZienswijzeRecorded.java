package nl.regiokompas.api.weighing;

import nl.regiokompas.api.raad.Raadsbesluit;

public record FormZienswijzeRecorded(String weighingId, int revision, String gemeente, String text,
                                     Raadsbesluit raadsbesluit) {
}
