package nl.regiokompas.query.assessment;

import java.util.List;

/** The tables of the assessment board projection. */
final class AssessmentBoardTables {

    /** The parts of a document that belong to one cycle. */
    static final List<String> CYCLE_PARTS = List.of(
            "assessment_board_input",
            "assessment_board_responsibility",
            "assessment_board_precondition",
            "assessment_board_confirmation",
            "assessment_board_intervention");

    static final List<String> ALL = List.of(
            "assessment_board_input",
            "assessment_board_responsibility",
            "assessment_board_precondition",
            "assessment_board_confirmation",
            "assessment_board_intervention",
            "assessment_board");

    private AssessmentBoardTables() {
    }
}
