package nl.regiokompas.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.IntegrationTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report read with the completions the projection stores with each cycle (reading only the listed cycles'
 * formal decisions) answers what the report computed from every formal decision answers: the path a cycle projected
 * before V490 takes until the group is rebuilt, and the way the report read every cycle before.
 */
class StoredCompletionReportTest extends IntegrationTest {

    private static final String TWO_YEARS = "/api/evaluation/report?from=1991-01-01&to=1993-01-01";

    @Autowired
    private EventStore eventStore;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;

    private ReportHistory history;

    @BeforeEach
    void appendHistoryOnce() {
        history = ReportHistory.appendedOnce(eventStore, transactions);
    }

    private JsonNode report(String detail) {
        return api.get("raadslid.bun", TWO_YEARS + "&detail=" + detail).json();
    }

    @Test
    void the_report_from_stored_completions_equals_the_report_computed_from_every_formal_decision() {
        await().atMost(Duration.ofSeconds(60)).until(() -> report("all"),
                report -> report.at("/leadTimes/perTheme").findValuesAsText("themeCode").contains(history.theme)
                        && report.at("/leadTimes/perGemeente").size() > 0
                        && report.at("/leadTimes/toFormalDecisions/count").asInt() >= 1);
        List<String> details = List.of("0", "1", "all");
        List<JsonNode> stored = details.stream().map(this::report).toList();
        List<String> cycles = jdbc.queryForList("""
                UPDATE report_cycle SET formal_stored = FALSE WHERE formal_stored AND opened_at < '1993-01-01'
                RETURNING assessment_id || '#' || cycle""", String.class);
        try {
            List<JsonNode> computed = details.stream().map(this::report).toList();

            assertThat(cycles).isNotEmpty();
            assertThat(computed).isEqualTo(stored);
        } finally {
            jdbc.update("UPDATE report_cycle SET formal_stored = TRUE WHERE assessment_id || '#' || cycle = ANY(?)",
                    (Object) cycles.toArray(String[]::new));
        }
    }
}
