package nl.regiokompas.web.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.regiokompas.api.evaluation.Evaluation;

/**
 * The evaluation as one flat table: a row per decision of each theme (a theme without decisions in the
 * period gets one row with empty decision columns), a scale column per layer, and the theme's interventions
 * and reflections of the period repeated on each of its rows so that every row stands on its own.
 */
public final class EvaluationCsv {

    private static final String LINE_END = "\r\n";

    private EvaluationCsv() {
    }

    public static String write(Evaluation evaluation) {
        List<String> layers = layers(evaluation);
        StringBuilder csv = new StringBuilder();
        line(csv, header(layers));
        for (Evaluation.Theme theme : evaluation.themes()) {
            if (theme.decisions().isEmpty()) {
                line(csv, row(theme, null, layers));
            }
            for (Evaluation.Decision decision : theme.decisions()) {
                line(csv, row(theme, decision, layers));
            }
        }
        return csv.toString();
    }

    private static List<String> header(List<String> layers) {
        List<String> header = new ArrayList<>(List.of("themeCode", "decisionId", "assessmentId", "cycle", "revision",
                "revisions", "firstProposedAt", "decidedAt", "leadTimeDays"));
        layers.forEach(layer -> header.add("scale_" + layer));
        header.addAll(List.of("scaleChanges", "interventions", "interventionsPerGemeente",
                "themeInterventionsPerGemeente", "themeReflectionsPerLevel"));
        return header;
    }

    private static List<String> row(Evaluation.Theme theme, Evaluation.Decision decision, List<String> layers) {
        List<String> row = new ArrayList<>();
        row.add(theme.themeCode());
        if (decision == null) {
            Stream.generate(() -> "").limit(8L + layers.size() + 3).forEach(row::add);
        } else {
            row.addAll(List.of(decision.decisionId(), decision.assessmentId(), String.valueOf(decision.cycle()),
                    String.valueOf(decision.revision()), String.valueOf(decision.revisions()),
                    text(decision.firstProposedAt()), text(decision.decidedAt()), text(decision.leadTimeDays())));
            layers.forEach(layer -> row.add(text(decision.scales().get(layer))));
            row.add(pairs(decision.scaleChanges(), ":"));
            row.add(String.valueOf(decision.interventionsPerGemeente().values().stream()
                    .mapToInt(Integer::intValue).sum()));
            row.add(pairs(decision.interventionsPerGemeente(), "="));
        }
        row.add(pairs(theme.interventionsPerGemeente(), "="));
        row.add(pairs(theme.reflectionsPerLevel(), "="));
        return row;
    }

    private static List<String> layers(Evaluation evaluation) {
        return evaluation.themes().stream()
                .flatMap(theme -> theme.decisions().stream())
                .flatMap(decision -> decision.scales().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new))
                .stream().toList();
    }

    private static String pairs(Map<String, ?> values, String separator) {
        return values.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + separator + entry.getValue())
                .collect(Collectors.joining(";"));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(EvaluationCsv::field).collect(Collectors.joining(","))).append(LINE_END);
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
