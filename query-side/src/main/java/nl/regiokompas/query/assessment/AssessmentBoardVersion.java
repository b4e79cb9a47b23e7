package nl.regiokompas.query.assessment;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A version the assessment board reached for one assessment, as it travels on the PostgreSQL channel
 * {@value #CHANNEL} to every application instance, so that read-your-writes waiters anywhere wake up when the
 * shared table has it. Payload: {@code <version>:<assessment id>}.
 */
public record AssessmentBoardVersion(String assessmentId, long version) {

    public static final String CHANNEL = "assessment_board_version";

    /**
     * Announces this version from the current transaction: PostgreSQL delivers the notification when the
     * transaction commits (after the row that holds the version), and never if it rolls back.
     */
    void announce(JdbcTemplate jdbc) {
        jdbc.query("SELECT pg_notify(?, ?)", rs -> null, CHANNEL, version + ":" + assessmentId);
    }

    /** Reads a payload of {@link #CHANNEL}. */
    public static AssessmentBoardVersion parse(String payload) {
        int separator = payload.indexOf(':');
        if (separator < 1) {
            throw new IllegalArgumentException("Not an assessment board version: '" + payload + "'");
        }
        return new AssessmentBoardVersion(payload.substring(separator + 1),
                Long.parseLong(payload.substring(0, separator)));
    }
}
