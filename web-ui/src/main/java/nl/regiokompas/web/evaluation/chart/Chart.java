package nl.regiokompas.web.evaluation.chart;

import java.util.List;

/**
 * What a chart shows, independent of how it is drawn: a title, a sentence that says what the data shows (for
 * people who do not see the picture, and for everybody who reads faster than they look), the categories along
 * one axis and one or more series of values. A value is {@code null} where there is none. With
 * {@code valueNames} the values are ordinal (1 = the first name): a scale such as lokaal, regionaal.
 */
public record Chart(String id, Kind kind, String title, String summary, String categoryLabel, String valueLabel,
                    List<String> categories, List<Series> series, List<String> valueNames) {

    public enum Kind { BAR, LINE, STEP }

    public record Series(String name, List<Double> values) {
    }

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        valueNames = valueNames == null ? List.of() : List.copyOf(valueNames);
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + one.name() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** Whether there is at least one value to draw. */
    public boolean hasData() {
        return series.stream().flatMap(one -> one.values().stream()).anyMatch(value -> value != null);
    }

    /** A value as a person reads it: the ordinal's name, or the number with a decimal comma. */
    public String format(Double value) {
        if (value == null) {
            return "–";
        }
        if (!valueNames.isEmpty()) {
            int index = (int) Math.round(value) - 1;
            return index >= 0 && index < valueNames.size() ? valueNames.get(index) : "–";
        }
        return decimal(value);
    }

    /** A number as Dutch readers write it: whole numbers without decimals, others with one decimal comma. */
    public static String decimal(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(java.util.Locale.forLanguageTag("nl-NL"), "%.1f", value);
    }
}
