package nl.regiokompas.query.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection's writes within one transaction (a batch of its live processor or of a rebuild), kept in memory and
 * sent just before the transaction commits (or before the projection reads its own tables, {@link #flush()}), each
 * statement with all its rows as one JDBC batch: one round trip per statement and batch instead of one per event.
 *
 * <p>The rows are exactly those that running every statement at once, in the order of the events, writes: a
 * statement joins the last run of the same statement only when no run after that one writes a table it reads or
 * writes, or reads a table it writes (so only statements on other tables move past each other, and those commute);
 * otherwise it starts a new run at the end. Each {@link Statement} therefore names every table it reads (in a
 * sub-select or join) and every table it writes. A statement {@link #add(String, Statement, Object...) added for a
 * key} (an assessment) reads and writes only that key's rows of those tables, so it also passes statements on the
 * same tables for other keys. Nothing it writes returns a count: a handler that needs one
 * (whether a row was inserted) is not deferred. All projections of one processing group share one instance (a bean
 * of the group extends this class), so that the order between their statements holds too.
 */
public class DeferredWrites {

    private final JdbcTemplate jdbc;
    private final PerTransaction<List<Run>> pending;

    protected DeferredWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.pending = new PerTransaction<>(ArrayList::new, this::send);
    }

    /**
     * One statement and the tables it touches.
     *
     * @param reads  the tables it reads besides those it writes
     * @param writes the tables it inserts into, updates or deletes from
     */
    public record Statement(String sql, Set<String> reads, Set<String> writes) {

        public static Statement writing(String table, String sql) {
            return new Statement(sql, Set.of(), Set.of(table));
        }

        public static Statement writing(String table, String sql, String... reads) {
            return new Statement(sql, Set.of(reads), Set.of(table));
        }

        private boolean conflictsWith(Statement later) {
            return !Collections.disjoint(writes, later.writes) || !Collections.disjoint(writes, later.reads)
                    || !Collections.disjoint(reads, later.writes);
        }
    }

    /** One statement's rows in the order they were added, and the keys they were added for (null: every row). */
    private static final class Run {
        private final Statement statement;
        private final List<Object[]> rows = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();
        private boolean unkeyed;

        private Run(Statement statement) {
            this.statement = statement;
        }

        private void add(String key, Object[] args) {
            rows.add(args);
            if (key == null) {
                unkeyed = true;
            } else {
                keys.add(key);
            }
        }

        private boolean conflictsWith(String key, Statement later) {
            return statement.conflictsWith(later) && (key == null || unkeyed || keys.contains(key));
        }
    }

    /** Adds one execution of the statement, on any rows of its tables, to this transaction's writes. */
    public void add(Statement statement, Object... args) {
        add(null, statement, args);
    }

    /** Adds one execution of the statement that reads and writes only the rows of this key (an assessment). */
    public void add(String key, Statement statement, Object... args) {
        List<Run> runs = pending.current();
        for (int i = runs.size() - 1; i >= 0; i--) {
            Run run = runs.get(i);
            if (run.statement == statement) {
                run.add(key, args);
                return;
            }
            if (run.conflictsWith(key, statement)) {
                break;
            }
        }
        Run run = new Run(statement);
        run.add(key, args);
        runs.add(run);
    }

    /** Sends what this transaction deferred so far: before the projection reads its tables within it. */
    public void flush() {
        send(pending.current());
    }

    private void send(List<Run> runs) {
        for (Run run : runs) {
            if (run.rows.size() == 1) {
                jdbc.update(run.statement.sql(), run.rows.get(0));
            } else {
                jdbc.batchUpdate(run.statement.sql(), run.rows);
            }
        }
        runs.clear();
    }
}
