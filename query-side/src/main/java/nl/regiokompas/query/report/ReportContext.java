package nl.regiokompas.query.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.framework.TermNames;
import nl.regiokompas.api.framework.TermNames.Term;

/**
 * The period a report is about and what every section needs of it: whether a moment lies in it, the moment
 * open things are counted up to ({@code end}: the period's end, or now for an open end), names and day counts.
 */
record ReportContext(Instant from, Instant to, Instant end, TermNames names) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final double SECONDS_PER_DAY = 86_400.0;

    boolean inPeriod(Instant at) {
        return at != null && (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }

    EvaluationReport.Period period() {
        String start = from == null ? "vanaf het begin" : "van " + DATE.format(LocalDate.ofInstant(from, Buckets.DUTCH_TIME));
        String stop = to == null ? "tot nu" : "tot " + DATE.format(LocalDate.ofInstant(to, Buckets.DUTCH_TIME));
        return new EvaluationReport.Period(from, to, start + " " + stop);
    }

    String name(Term term, String code) {
        return names.name(term, code);
    }

    String theme(String code) {
        return name(Term.THEME, code);
    }

    String gemeente(String code) {
        return code == null || code.isEmpty() ? null : name(Term.GEMEENTE, code);
    }

    /** Fractional days between two moments, one decimal; null when either is missing. */
    static Double days(Instant start, Instant stop) {
        if (start == null || stop == null) {
            return null;
        }
        return oneDecimal(Duration.between(start, stop).getSeconds() / SECONDS_PER_DAY);
    }

    /** Whole calendar days in Dutch time from a moment to a date; null when either is missing. */
    static Double days(Instant start, LocalDate date) {
        if (start == null || date == null) {
            return null;
        }
        return (double) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.ofInstant(start, Buckets.DUTCH_TIME), date);
    }

    static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static double twoDecimals(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static EvaluationReport.Average average(Collection<Double> values) {
        List<Double> known = values.stream().filter(Objects::nonNull).toList();
        if (known.isEmpty()) {
            return new EvaluationReport.Average(0, null, null, null);
        }
        return new EvaluationReport.Average(known.size(),
                oneDecimal(known.stream().mapToDouble(Double::doubleValue).average().orElse(0)),
                known.stream().min(Double::compare).orElse(null), known.stream().max(Double::compare).orElse(null));
    }

    /** Counts per code, in code order, each with its name. */
    static <T> List<EvaluationReport.Count> counts(Collection<T> items, Function<T, String> code,
                                                   Function<String, String> name) {
        Map<String, Integer> counted = items.stream().map(code).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.summingInt(c -> 1)));
        return counted.entrySet().stream()
                .map(entry -> new EvaluationReport.Count(entry.getKey(), name.apply(entry.getKey()), entry.getValue()))
                .toList();
    }

    /** For instance "3e kwartaal 2027" → "3,5": Dutch decimals in sentences. */
    static String dutch(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.valueOf(oneDecimal(value)).replace('.', ',');
    }
}
