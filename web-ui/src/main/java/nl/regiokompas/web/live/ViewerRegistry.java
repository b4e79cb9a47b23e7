package nl.regiokompas.web.live;

import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The viewers of every instance in one table, with a PostgreSQL notification on the channel
 * {@value #CHANNEL} (payload: the assessment id) whenever the viewers of an assessment change, so that
 * every instance can push the new list to its own subscribers.
 */
@Component
class ViewerRegistry {

    static final String CHANNEL = "live_presence";
    static final Duration EXPIRY = Duration.ofSeconds(45);

    private final JdbcTemplate jdbc;

    ViewerRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(String instanceId, String sessionId, String assessmentId, Viewer viewer) {
        jdbc.update("""
                        INSERT INTO live_viewer (instance_id, session_id, assessment_id, user_id, name, gemeente)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (instance_id, session_id, assessment_id) DO UPDATE SET seen_at = now()""",
                instanceId, sessionId, assessmentId, viewer.userId(), viewer.name(), viewer.gemeente());
        announce(assessmentId);
    }

    void remove(String instanceId, String sessionId, String assessmentId) {
        if (jdbc.update("DELETE FROM live_viewer WHERE instance_id = ? AND session_id = ? AND assessment_id = ?",
                instanceId, sessionId, assessmentId) > 0) {
            announce(assessmentId);
        }
    }

    List<Viewer> viewersOf(String assessmentId) {
        return jdbc.query("""
                        SELECT DISTINCT ON (user_id) user_id, name, gemeente FROM live_viewer
                        WHERE assessment_id = ? AND seen_at > now() - make_interval(secs => ?)
                        ORDER BY user_id""",
                (rs, n) -> new Viewer(rs.getString("user_id"), rs.getString("name"), rs.getString("gemeente")),
                assessmentId, EXPIRY.toSeconds());
    }

    /** Keeps the rows of this instance's sessions fresh and removes the rows of instances that vanished. */
    void refresh(String instanceId) {
        jdbc.update("UPDATE live_viewer SET seen_at = now() WHERE instance_id = ?", instanceId);
        jdbc.query("DELETE FROM live_viewer WHERE seen_at < now() - make_interval(secs => ?) RETURNING assessment_id",
                        (rs, n) -> rs.getString(1), EXPIRY.toSeconds())
                .stream().distinct().forEach(this::announce);
    }

    void removeInstance(String instanceId) {
        jdbc.query("DELETE FROM live_viewer WHERE instance_id = ? RETURNING assessment_id",
                        (rs, n) -> rs.getString(1), instanceId)
                .stream().distinct().forEach(this::announce);
    }

    private void announce(String assessmentId) {
        jdbc.query("SELECT pg_notify(?, ?)", rs -> null, CHANNEL, assessmentId);
    }
}
