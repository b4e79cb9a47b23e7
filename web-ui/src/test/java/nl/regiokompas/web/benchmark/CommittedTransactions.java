package nl.regiokompas.web.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Transactions committed in the database so far ({@code pg_stat_database.xact_commit}; PostgreSQL's statistics
 * lag a backend's commits by up to a second or so, which a load of several seconds makes small). Per request
 * of a load it says how many transactions one command costs, the projections' included, whatever the load of
 * other processes.
 */
final class CommittedTransactions {

    private final DataSource dataSource;

    CommittedTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Transactions committed so far, or NaN when the statistics cannot be read. */
    double sample() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery(
                     "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
            return count.next() ? count.getLong(1) : Double.NaN;
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
