package nl.regiokompas.platform.storage;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.common.DateTimeUtils;

/**
 * Parses the timestamps Axon stores with every event ({@link DateTimeUtils#formatInstant}: always
 * {@code yyyy-MM-ddTHH:mm:ss.SSSZ}) without a {@code DateTimeFormatter}: reading the event stream parses one per
 * event, and Axon's own parse is a large part of a rebuild's CPU. Anything of another shape goes to Axon's parse,
 * which gives the same instant (or the same failure).
 */
final class StoredTimestamps {

    private static final int LENGTH = "2026-01-01T00:00:00.000Z".length();

    private StoredTimestamps() {
    }

    static Instant parse(String stored) {
        if (stored.length() != LENGTH || stored.charAt(4) != '-' || stored.charAt(7) != '-'
                || stored.charAt(10) != 'T' || stored.charAt(13) != ':' || stored.charAt(16) != ':'
                || stored.charAt(19) != '.' || stored.charAt(23) != 'Z') {
            return DateTimeUtils.parseInstant(stored);
        }
        int year = digits(stored, 0, 4);
        int month = digits(stored, 5, 2);
        int day = digits(stored, 8, 2);
        int hour = digits(stored, 11, 2);
        int minute = digits(stored, 14, 2);
        int second = digits(stored, 17, 2);
        int millis = digits(stored, 20, 3);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59 || millis < 0
                || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return DateTimeUtils.parseInstant(stored);
        }
        long epochSecond = LocalDate.of(year, month, day).toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(epochSecond, millis * 1_000_000L);
    }

    /** The decimal number of {@code count} ASCII digits from {@code from}; -1 when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
