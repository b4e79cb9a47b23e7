package nl.regiokompas.query.support;

/** Names of the processing groups of the query side's projections. */
public final class ProjectionGroups {
    public static final String ASSESSMENT_BOARD = "assessment-board";
    public static final String DECISION_HISTORY = "decision-history";
    public static final String MANDATES = "mandates";
    public static final String INTERVENTIONS = "interventions";
    public static final String REFLECTIONS = "reflections";

    private ProjectionGroups() {
    }
}
