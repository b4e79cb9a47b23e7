package nl.regiokompas.query.rebuild;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema beside the live one in which a rebuild replays projections: empty copies of the live tables, with
 * the same columns, constraints and index names, so that swapping them in leaves the schema exactly as Flyway
 * made it. Whatever an interrupted rebuild left behind is dropped when the next one begins.
 */
final class ShadowTables {

    static final String SCHEMA = "projection_rebuild";

    private final JdbcTemplate jdbc;
    private final List<String> tables;

    ShadowTables(JdbcTemplate jdbc, List<String> tables) {
        this.jdbc = jdbc;
        this.tables = List.copyOf(tables);
    }

    void create() {
        String live = liveSchema();
        drop();
        jdbc.execute("CREATE SCHEMA " + SCHEMA);
        for (String table : tables) {
            jdbc.execute("CREATE TABLE " + SCHEMA + "." + table + " (LIKE " + live + "." + table
                    + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING IDENTITY"
                    + " INCLUDING STORAGE INCLUDING COMMENTS)");
            jdbc.queryForList("""
                            SELECT 'ALTER TABLE %s ADD CONSTRAINT ' || quote_ident(conname) || ' '
                                || pg_get_constraintdef(c.oid)
                            FROM pg_constraint c
                            WHERE c.conrelid = to_regclass(?) AND c.contype IN ('p', 'u', 'x') ORDER BY conname"""
                            .formatted(SCHEMA + "." + table), String.class, live + "." + table)
                    .forEach(jdbc::execute);
            jdbc.queryForList("""
                            SELECT i.indexdef FROM pg_indexes i
                            WHERE i.schemaname = ? AND i.tablename = ? AND NOT EXISTS (
                                SELECT 1 FROM pg_constraint c WHERE c.conindid = to_regclass(i.schemaname || '.' || i.indexname))
                            ORDER BY i.indexname""", String.class, live, table)
                    .forEach(index -> jdbc.execute(index.replace(" ON " + live + "." + table + " ",
                            " ON " + SCHEMA + "." + table + " ")));
        }
    }

    /**
     * In the caller's transaction: takes the live tables from every reader and writer (waiting at most
     * {@code lockTimeout} so that no reader is held up long), drops them and moves the replayed ones in their place.
     */
    void swapIn(String lockTimeout) {
        String live = liveSchema();
        String liveTables = String.join(", ", tables.stream().map(table -> live + "." + table).toList());
        jdbc.execute("SET LOCAL lock_timeout = '" + lockTimeout + "'");
        jdbc.execute("LOCK TABLE " + liveTables + " IN ACCESS EXCLUSIVE MODE");
        jdbc.execute("DROP TABLE " + liveTables);
        tables.forEach(table -> jdbc.execute("ALTER TABLE " + SCHEMA + "." + table + " SET SCHEMA " + live));
        jdbc.execute("DROP SCHEMA " + SCHEMA);
    }

    void drop() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    private String liveSchema() {
        return jdbc.queryForObject("SELECT quote_ident(current_schema())", String.class);
    }
}
