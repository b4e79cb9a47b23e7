package nl.regiokompas.web.query;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

import nl.regiokompas.api.common.DutchTime;

/**
 * Reads the {@code from} and {@code to} of a period: an ISO-8601 instant ({@code 2027-03-01T12:00:00Z}) or
 * a date ({@code 2027-03-01}, meaning its start in Dutch time: a period of dates spans the region's calendar days).
 */
public final class Moments {

    private Moments() {
    }

    public static Instant parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? DutchTime.startOf(LocalDate.parse(value))
                    : Instant.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidQueryParameter(parameter, "Ongeldig moment '" + value + "' voor " + parameter
                    + ": gebruik een datum (2027-03-01) of een tijdstip in UTC (2027-03-01T12:00:00Z).");
        }
    }
}
