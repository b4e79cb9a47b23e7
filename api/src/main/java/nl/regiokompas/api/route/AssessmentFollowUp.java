package nl.regiokompas.api.route;

/**
 * An event that records the follow-up of a confirmed assessment (directly taken up, further work, more
 * preparation). The route accepts any event that implements this: a follow-up that {@link #returnsToAgenda()}
 * puts the theme back on the agenda; one that does not keeps it where it is on the route.
 */
public interface AssessmentFollowUp {

    String assessmentId();

    /** The follow-up as the region names it, shown on the route. */
    String followUpName();

    boolean returnsToAgenda();

    /** The follow-up's code, for the evaluation's exports; its name where the event has no code. */
    default String followUpCode() {
        return followUpName();
    }
}
