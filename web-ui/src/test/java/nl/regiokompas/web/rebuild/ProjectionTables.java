package nl.regiokompas.web.rebuild;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/** The content of every projection table, in an order that does not depend on how the rows were written. */
final class ProjectionTables {

    static final List<String> ALL = List.of(
            "assessment_board", "assessment_board_input", "assessment_board_responsibility",
            "assessment_board_precondition", "assessment_board_confirmation", "assessment_board_intervention",
            "decision_cycle", "decision_entry", "decision_scale",
            "mandate", "mandate_change",
            "intervention_assessment", "intervention",
            "reflection_assessment", "reflection",
            "framework_version");

    private ProjectionTables() {
    }

    static Map<String, List<String>> snapshot(JdbcTemplate jdbc) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : ALL) {
            tables.put(table, jdbc.queryForList("SELECT * FROM " + table).stream()
                    .map(row -> new TreeMap<>(row).toString())
                    .sorted()
                    .toList());
        }
        return tables;
    }
}
