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
    public static final String FRAMEWORK_PROPOSALS = "framework-proposals";
    public static final String ROUTE = "route";
    public static final String WEIGHINGS = "weighings";
    public static final String RAAD = "raad";
    public static final String EVALUATION_REPORT = "evaluation-report";

    private static final Map<String, List<String>> TABLES = Map.ofEntries(
            Map.entry(FRAMEWORK_VERSIONS, List.of("framework_version")),
            Map.entry(ASSESSMENT_BOARD, List.of("assessment_board", "assessment_document_snapshot")),
            Map.entry(DECISION_HISTORY, List.of("decision_cycle", "decision_entry", "decision_scale")),
            Map.entry(MANDATES, List.of("mandate", "mandate_change")),
            Map.entry(INTERVENTIONS, List.of("intervention_assessment", "intervention")),
            Map.entry(REFLECTIONS, List.of("reflection_assessment", "reflection")),
            Map.entry(AUDIT_DECISION_INDEX, List.of("audit_decision_index")),
            Map.entry(FRAMEWORK_PROPOSALS, List.of("framework_proposal", "framework_proposal_position")),
            Map.entry(ROUTE, List.of("route_theme", "route_gemeente", "route_assessment", "route_score",
                    "route_meeting", "route_glossary", "route_change")),
            Map.entry(WEIGHINGS, List.of("weighing")),
            Map.entry(RAAD, List.of("raad_kader", "raad_assessment", "raad_confirmation", "raad_zienswijze_period",
                    "raad_zienswijze", "raad_informing")),
            Map.entry(EVALUATION_REPORT, List.of("report_name", "report_cycle", "report_proposal",
                    "report_formal_decision", "report_intervention", "report_confirmation", "report_mandate",
                    "report_reflection", "report_form_choice", "report_theme", "report_phase_change",
                    // the raad's part (RaadReportProjection)
                    "report_raad_kader", "report_raad_confirmation", "report_raad_informing",
                    "report_raad_zienswijze_period", "report_raad_zienswijze")));

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
