package nl.regiokompas.web.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.regiokompas.api.evaluation.Evaluation;

/**
 * The evaluation as one flat table: a row per decision of each theme (a theme without decisions in the
 * period gets one row with empty decision columns), a scale column per layer, and the theme's interventions
 * and reflections of the period repeated on each of its rows so that every row stands on its own. How the
 * cells read (codes or names, separators, numbers) is the {@link EvaluationTableStyle}'s; the machine-readable
 * style is the default.
 */
public final class EvaluationCsv {

    private static final String LINE_END = "\r\n";

    private EvaluationCsv() {
    }

    public static String write(Evaluation evaluation) {
        return write(evaluation, EvaluationTableStyle.MACHINE_READABLE);
    }

    public static String write(Evaluation evaluation, EvaluationTableStyle style) {
        List<String> layers = style.orderLayers(layers(evaluation));
        List<List<String>> rows = new ArrayList<>();
        for (Evaluation.Theme theme : RaadColumns.themes(evaluation)) {
            List<String> raad = RaadColumns.cells(evaluation.raad(), theme.themeCode(), style);
            if (theme.decisions().isEmpty()) {
                rows.add(concat(row(theme, null, layers, style), raad));
            }
            for (Evaluation.Decision decision : theme.decisions()) {
                rows.add(concat(row(theme, decision, layers, style), raad));
            }
        }
        return table(concat(header(layers, style), RaadColumns.headers(style)), rows, style);
    }

    /** Any table in the style's shape: its preamble, delimiter, cell guard and RFC 4180 quoting. */
    public static String table(List<String> header, List<List<String>> rows, EvaluationTableStyle style) {
        StringBuilder csv = new StringBuilder(style.preamble());
        line(csv, header, style);
        rows.forEach(row -> line(csv, row, style));
        return csv.toString();
    }

    private static List<String> header(List<String> layers, EvaluationTableStyle style) {
        List<String> header = new ArrayList<>(style.leadingHeaders());
        layers.forEach(layer -> header.add(style.scaleHeader(layer)));
        header.addAll(style.trailingHeaders());
        return header;
    }

    private static List<String> row(Evaluation.Theme theme, Evaluation.Decision decision, List<String> layers,
                                    EvaluationTableStyle style) {
        List<String> row = new ArrayList<>();
        row.add(style.theme(theme.themeCode()));
        if (decision == null) {
            Stream.generate(() -> "").limit(8L + layers.size() + 3).forEach(row::add);
        } else {
            row.addAll(List.of(decision.decisionId(), decision.assessmentId(), String.valueOf(decision.cycle()),
                    String.valueOf(decision.revision()), String.valueOf(decision.revisions()),
                    style.moment(decision.firstProposedAt()), style.moment(decision.decidedAt()),
                    style.days(decision.leadTimeDays())));
            layers.forEach(layer -> row.add(style.scale(decision.scales().get(layer))));
            row.add(style.scaleChanges(decision.scaleChanges()));
            row.add(String.valueOf(decision.interventionsPerGemeente().values().stream()
                    .mapToInt(Integer::intValue).sum()));
            row.add(style.perGemeente(decision.interventionsPerGemeente()));
        }
        row.add(style.perGemeente(theme.interventionsPerGemeente()));
        row.add(style.perLevel(theme.reflectionsPerLevel()));
        return row;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static Set<String> layers(Evaluation evaluation) {
        return evaluation.themes().stream()
                .flatMap(theme -> theme.decisions().stream())
                .flatMap(decision -> decision.scales().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Key-value pairs in key order, for instance {@code BUN=1;HOU=2}. */
    static String pairs(Map<String, ?> values, String separator, String joiner) {
        return values.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + separator + entry.getValue())
                .collect(Collectors.joining(joiner));
    }

    private static void line(StringBuilder csv, List<String> fields, EvaluationTableStyle style) {
        String delimiter = String.valueOf(style.delimiter());
        csv.append(fields.stream().map(value -> field(style.cell(value), style.delimiter()))
                .collect(Collectors.joining(delimiter))).append(LINE_END);
    }

    /** RFC 4180 quoting: a field holding the delimiter, a quote or a line break is quoted, quotes doubled. */
    private static String field(String value, char delimiter) {
        if (value.indexOf(delimiter) >= 0 || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
