package nl.regiokompas.api.assessment;

/**
 * A version the assessment board reached for one assessment, as it travels on the PostgreSQL channel
 * {@value #CHANNEL} to every application instance, so that read-your-writes waiters anywhere wake up when the
 * shared table has it. Payload: {@code <version>:<assessment id>}.
 */
public record AssessmentBoardVersion(String assessmentId, long version) {

    public static final String CHANNEL = "assessment_board_version";

    /** The payload of {@link #CHANNEL}. */
    public String payload() {
        return version + ":" + assessmentId;
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
