package nl.regiokompas.api.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The region's calendar: a date people give or read is a day in Dutch time, whatever the server's zone. */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {
    }

    /** The first instant of that day in the Netherlands (23:00 or 22:00 UTC the day before). */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }
}
