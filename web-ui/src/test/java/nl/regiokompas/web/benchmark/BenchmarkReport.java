package nl.regiokompas.web.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The benchmark's result: one row per figure, with the ratio to its baseline and the goal next to it.
 * Printed as a table and written as {@code benchmark-report.json} and {@code benchmark-report.md}.
 */
final class BenchmarkReport {

    static final String JSON_FILE = "benchmark-report.json";
    static final String MARKDOWN_FILE = "benchmark-report.md";

    enum Verdict {
        MET("met"), MISSED("missed"), INFO(""), NOT_MEASURED("not measured");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        static Verdict of(boolean met) {
            return met ? MET : MISSED;
        }
    }

    /** A figure; {@code figures} keeps the raw numbers (milliseconds, per second, bytes) for scripts. */
    record Row(String group, String measurement, String result, String ratio, String goal, Verdict verdict,
               Map<String, Double> figures) {
    }

    private final Map<String, String> run = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();

    BenchmarkReport describe(String key, Object value) {
        run.put(key, String.valueOf(value));
        return this;
    }

    void add(Row row) {
        rows.add(row);
    }

    void info(String group, String measurement, String result, Map<String, Double> figures) {
        add(new Row(group, measurement, result, "", "", Verdict.INFO, figures));
    }

    void notMeasured(String group, String measurement, String why) {
        add(new Row(group, measurement, why, "", "", Verdict.NOT_MEASURED, Map.of()));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    void print(PrintStream out) {
        out.println();
        run.forEach((key, value) -> out.println(key + ": " + value));
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[]{"group", "measurement", "result", "ratio", "goal", "verdict"});
        rows.forEach(row -> lines.add(cells(row)));
        int[] widths = new int[6];
        lines.forEach(line -> {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        });
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                text.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", line[i])).append(i < 5 ? "  " : "");
            }
            out.println(text.toString().stripTrailing());
        }
    }

    List<Path> write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path json = directory.resolve(JSON_FILE);
        Path markdown = directory.resolve(MARKDOWN_FILE);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("run", run);
        document.put("rows", rows.stream().map(BenchmarkReport::asMap).toList());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), document);
        Files.writeString(markdown, markdown());
        return List.of(json, markdown);
    }

    String markdown() {
        StringBuilder text = new StringBuilder("# Regiokompas benchmark\n\n");
        run.forEach((key, value) -> text.append("- ").append(key).append(": ").append(value).append('\n'));
        text.append("\n| group | measurement | result | ratio | goal | verdict |\n|---|---|---|---|---|---|\n");
        rows.forEach(row -> text.append(List.of(cells(row)).stream().map(cell -> cell.replace("|", "\\|"))
                .collect(Collectors.joining(" | ", "| ", " |\n"))));
        return text.toString();
    }

    private static String[] cells(Row row) {
        return new String[]{row.group(), row.measurement(), row.result(), row.ratio(), row.goal(), row.verdict().text};
    }

    private static Map<String, Object> asMap(Row row) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("group", row.group());
        map.put("measurement", row.measurement());
        map.put("result", row.result());
        map.put("ratio", row.ratio());
        map.put("goal", row.goal());
        map.put("verdict", row.verdict().name());
        map.put("figures", row.figures());
        return map;
    }
}
