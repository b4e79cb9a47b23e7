package nl.regiokompas.web.live;

/** The STOMP destinations of docs/api.md. */
final class LiveTopics {

    static final String ASSESSMENTS = "/topic/assessments";
    static final String ASSESSMENT_PATTERN = "/topic/assessments/*";
    static final String PRESENCE_PATTERN = "/topic/assessments/*/presence";
    private static final String ASSESSMENT_PREFIX = ASSESSMENTS + "/";
    private static final String PRESENCE_SUFFIX = "/presence";

    private LiveTopics() {
    }

    static String assessment(String assessmentId) {
        return ASSESSMENT_PREFIX + assessmentId;
    }

    static String presence(String assessmentId) {
        return assessment(assessmentId) + PRESENCE_SUFFIX;
    }

    /** The assessment id of an assessment topic, or null for any other destination. */
    static String assessmentOf(String destination) {
        if (destination == null || !destination.startsWith(ASSESSMENT_PREFIX)) {
            return null;
        }
        String rest = destination.substring(ASSESSMENT_PREFIX.length());
        return rest.isEmpty() || rest.contains("/") ? null : rest;
    }

    /** The assessment id of a presence topic, or null for any other destination. */
    static String presenceOf(String destination) {
        if (destination == null || !destination.endsWith(PRESENCE_SUFFIX)) {
            return null;
        }
        return assessmentOf(destination.substring(0, destination.length() - PRESENCE_SUFFIX.length()));
    }
}
