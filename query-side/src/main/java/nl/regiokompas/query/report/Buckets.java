package nl.regiokompas.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import nl.regiokompas.api.common.DutchTime;

/** Quarters and years of a period in Dutch time, and the least-squares trend of counts over them. */
final class Buckets {

    static final ZoneId DUTCH_TIME = DutchTime.ZONE;

    /** One quarter or year: {@code start} inclusive, {@code end} exclusive. */
    record Span(String key, String label, Instant start, Instant end) {
        boolean contains(Instant at) {
            return at != null && !at.isBefore(start) && at.isBefore(end);
        }
    }

    private Buckets() {
    }

    static List<Span> quarters(Instant from, Instant to) {
        List<Span> spans = new ArrayList<>();
        if (from == null || to == null || !from.isBefore(to)) {
            return spans;
        }
        LocalDate date = LocalDate.ofInstant(from, DUTCH_TIME).withDayOfMonth(1);
        date = date.withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
        while (startsBefore(date, to)) {
            LocalDate next = date.plusMonths(3);
            int quarter = (date.getMonthValue() - 1) / 3 + 1;
            spans.add(new Span(date.getYear() + "-Q" + quarter, quarter + "e kwartaal " + date.getYear(),
                    date.atStartOfDay(DUTCH_TIME).toInstant(), next.atStartOfDay(DUTCH_TIME).toInstant()));
            date = next;
        }
        return spans;
    }

    static List<Span> years(Instant from, Instant to) {
        List<Span> spans = new ArrayList<>();
        if (from == null || to == null || !from.isBefore(to)) {
            return spans;
        }
        for (int year = LocalDate.ofInstant(from, DUTCH_TIME).getYear();
             startsBefore(LocalDate.of(year, 1, 1), to); year++) {
            spans.add(new Span(String.valueOf(year), String.valueOf(year),
                    LocalDate.of(year, 1, 1).atStartOfDay(DUTCH_TIME).toInstant(),
                    LocalDate.of(year + 1, 1, 1).atStartOfDay(DUTCH_TIME).toInstant()));
        }
        return spans;
    }

    private static boolean startsBefore(LocalDate date, Instant to) {
        return date.atStartOfDay(DUTCH_TIME).toInstant().isBefore(to);
    }

    /**
     * The items of each span, in the items' order: one pass with a binary search per item instead of a scan of every
     * item per span (a decade has forty quarters).
     */
    static <T> List<List<T>> split(List<Span> spans, List<T> items, java.util.function.Function<T, Instant> at) {
        List<List<T>> split = new ArrayList<>();
        spans.forEach(span -> split.add(new ArrayList<>()));
        for (T item : items) {
            Instant moment = at.apply(item);
            int low = 0;
            int high = spans.size() - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                Span span = spans.get(middle);
                if (moment != null && moment.isBefore(span.start())) {
                    high = middle - 1;
                } else if (moment != null && !moment.isBefore(span.end())) {
                    low = middle + 1;
                } else {
                    if (span.contains(moment)) {
                        split.get(middle).add(item);
                    }
                    break;
                }
            }
        }
        return split;
    }

    /** The least-squares slope of {@code counts} against their index; null for fewer than two. */
    static Double slope(List<Integer> counts) {
        int n = counts.size();
        if (n < 2) {
            return null;
        }
        double meanX = (n - 1) / 2.0;
        double meanY = counts.stream().mapToInt(Integer::intValue).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            covariance += (i - meanX) * (counts.get(i) - meanY);
            variance += (i - meanX) * (i - meanX);
        }
        return covariance / variance;
    }
}
