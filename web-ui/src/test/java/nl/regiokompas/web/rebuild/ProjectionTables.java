package nl.regiokompas.web.rebuild;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.regiokompas.query.support.ProjectionGroups;
import org.springframework.jdbc.core.JdbcTemplate;

/** The content of every projection table, in an order that does not depend on how the rows were written. */
final class ProjectionTables {

    static final List<String> ALL = Stream.concat(Stream.of(
            "assessment_board",
            "decision_cycle", "decision_entry", "decision_scale",
            "mandate", "mandate_change",
            "intervention_assessment", "intervention",
            "reflection_assessment", "reflection",
            "framework_version",
            "framework_proposal", "framework_proposal_position",
            "route_theme", "route_gemeente", "route_assessment", "route_score", "route_meeting", "route_glossary",
            "route_change"), ProjectionGroups.tables(ProjectionGroups.EVALUATION_REPORT).stream()).toList();

    private ProjectionTables() {
    }

    /** The definition of every projection table: its columns, constraints and indexes, with their names. */
    static List<String> schema(JdbcTemplate jdbc) {
        List<String> definitions = new ArrayList<>();
        for (String table : ALL) {
            definitions.addAll(jdbc.queryForList("""
                    SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
                        || ' ' || coalesce(column_default, '')
                    FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?
                    ORDER BY ordinal_position""", String.class, table));
            definitions.addAll(jdbc.queryForList("""
                    SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                    WHERE conrelid = to_regclass(?) ORDER BY conname""", String.class, table));
            definitions.addAll(jdbc.queryForList("""
                    SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ?
                    ORDER BY indexname""", String.class, table));
        }
        return definitions;
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
