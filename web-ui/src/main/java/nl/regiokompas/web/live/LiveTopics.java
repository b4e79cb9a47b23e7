package nl.regiokompas.web.live;

import java.util.regex.Pattern;

/**
 * The STOMP destinations of docs/api.md, and nothing else: the list topic, the topic of one assessment and its
 * presence topic, and the topic of one form weighing. The simple broker reads a subscription as an Ant-style pattern ({@code *}, {@code **},
 * {@code ?}, <code>{name}</code>), so one subscription with a wildcard would receive the messages of many
 * destinations; an assessment id here is therefore plain letters, digits and dashes, and a destination
 * with anything else is no topic of ours.
 */
final class LiveTopics {

    static final String ASSESSMENTS = "/topic/assessments";
    private static final String ASSESSMENT_PREFIX = ASSESSMENTS + "/";
    private static final String PRESENCE_SUFFIX = "/presence";
    private static final Pattern ASSESSMENT_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private static final String WEIGHING_PREFIX = "/topic/weighings/";

    private LiveTopics() {
    }

    static String weighing(String weighingId) {
        return WEIGHING_PREFIX + weighingId;
    }

    /** The weighing id of a weighing topic, or null for any other destination. */
    static String weighingOf(String destination) {
        if (destination == null || !destination.startsWith(WEIGHING_PREFIX)) {
            return null;
        }
        String id = destination.substring(WEIGHING_PREFIX.length());
        return ASSESSMENT_ID.matcher(id).matches() ? id : null;
    }

    static String assessment(String assessmentId) {
        return ASSESSMENT_PREFIX + assessmentId;
    }

    static String presence(String assessmentId) {
        return assessment(assessmentId) + PRESENCE_SUFFIX;
    }

    static boolean isAssessmentList(String destination) {
        return ASSESSMENTS.equals(destination);
    }

    /** The assessment id of an assessment topic, or null for any other destination. */
    static String assessmentOf(String destination) {
        if (destination == null || !destination.startsWith(ASSESSMENT_PREFIX)) {
            return null;
        }
        String id = destination.substring(ASSESSMENT_PREFIX.length());
        return ASSESSMENT_ID.matcher(id).matches() ? id : null;
    }

    /** The assessment id of a presence topic, or null for any other destination. */
    static String presenceOf(String destination) {
        if (destination == null || !destination.endsWith(PRESENCE_SUFFIX)) {
            return null;
        }
        return assessmentOf(destination.substring(0, destination.length() - PRESENCE_SUFFIX.length()));
    }
}
