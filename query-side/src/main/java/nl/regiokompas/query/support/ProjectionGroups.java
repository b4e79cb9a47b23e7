package nl.regiokompas.query.support;

import java.util.List;
import java.util.Map;

/** Names of the processing groups of the query side's projections, and the tables each one writes. */
public final class ProjectionGroups {
    public static final String FRAMEWORK_VERSIONS = "framework-versions";
    public static final String ASSESSMENT_BOARD = "assessment-board";
    public static final String DECISION_HISTORY = "decision-history";
    public static final String MANDATES = "mandates";
    public static final String INTERVENTIONS = "interventions";
    public static final String REFLECTIONS = "reflections";
    public static final String AUDIT_DECISION_INDEX = "audit-decision-index";

    private static final Map<String, List<String>> TABLES = Map.of(
            FRAMEWORK_VERSIONS, List.of("framework_version"),
            ASSESSMENT_BOARD, List.of("assessment_board", "assessment_document_snapshot"),
            DECISION_HISTORY, List.of("decision_cycle", "decision_entry", "decision_scale"),
            MANDATES, List.of("mandate", "mandate_change"),
            INTERVENTIONS, List.of("intervention_assessment", "intervention"),
            REFLECTIONS, List.of("reflection_assessment", "reflection"),
            AUDIT_DECISION_INDEX, List.of("audit_decision_index"));

    private ProjectionGroups() {
    }

    /**
     * The tables that a processing group writes and nothing else writes: a rebuild replays the group into copies
     * of them and swaps those in. A new projection adds its group here.
     */
    public static List<String> tables(String group) {
        List<String> tables = TABLES.get(group);
        if (tables == null) {
            throw new IllegalStateException("Projection " + group + " declares no tables in ProjectionGroups");
        }
        return tables;
    }
}
