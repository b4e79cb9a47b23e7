package nl.regiokompas.api.raad;

import java.time.LocalDate;

/** A decision of a gemeenteraad as the griffie records it: the date of the vote, its reference, optionally a link. */
public record Raadsbesluit(LocalDate date, String reference, String url) {
}
