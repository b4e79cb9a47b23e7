package nl.regiokompas.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.regiokompas.web.benchmark.BenchmarkReport.Row;
import nl.regiokompas.web.benchmark.BenchmarkReport.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReportTest {

    @TempDir
    Path directory;

    private final BenchmarkReport report = new BenchmarkReport().describe("size", "quick");

    @Test
    void the_json_file_holds_every_row_with_its_ratio_goal_verdict_and_figures() throws Exception {
        fill();

        report.write(directory);

        JsonNode json = new ObjectMapper().readTree(directory.resolve(BenchmarkReport.JSON_FILE).toFile());
        assertThat(json.get("run").get("size").asText()).isEqualTo("quick");
        assertThat(json.get("rows")).hasSize(3);
        JsonNode commands = json.get("rows").get(0);
        assertThat(commands.get("ratio").asText()).isEqualTo("0.42 of plain throughput");
        assertThat(commands.get("goal").asText()).isEqualTo("at least 0.5 of plain at 32 editors");
        assertThat(commands.get("verdict").asText()).isEqualTo("MISSED");
        assertThat(commands.get("figures").get("ratio").asDouble()).isEqualTo(0.42);
        assertThat(json.get("rows").get(2).get("verdict").asText()).isEqualTo("NOT_MEASURED");
    }

    @Test
    void the_markdown_file_is_a_table_with_a_line_per_row() throws Exception {
        fill();

        report.write(directory);

        String markdown = Files.readString(directory.resolve(BenchmarkReport.MARKDOWN_FILE));
        assertThat(markdown).contains("- size: quick")
                .contains("| group | measurement | result | ratio | goal | verdict |")
                .contains("| Commands | HTTP POST input, 32 editors | 120/s | 0.42 of plain throughput"
                        + " | at least 0.5 of plain at 32 editors | missed |")
                .contains("| Push | 200 subscribers | p99 12 ms |  | p99 under 50 ms at 200 subscribers | met |")
                .contains("| Report | the 2028 report of issue 15 | slot kept |  |  | not measured |");
    }

    @Test
    void a_pipe_in_a_result_does_not_break_the_markdown_table() throws Exception {
        report.info("Store", "events", "a | b", Map.of());

        assertThat(report.markdown()).contains("| Store | events | a \\| b |  |  |  |");
    }

    private void fill() {
        report.add(new Row("Commands", "HTTP POST input, 32 editors", "120/s", "0.42 of plain throughput",
                "at least 0.5 of plain at 32 editors", Verdict.of(false), Map.of("ratio", 0.42)));
        report.add(new Row("Push", "200 subscribers", "p99 12 ms", "", "p99 under 50 ms at 200 subscribers",
                Verdict.of(true), Map.of("p99", 12.0)));
        report.notMeasured("Report", "the 2028 report of issue 15", "slot kept");
    }
}
