package nl.regiokompas.query.assessment;

import java.util.List;

/** Parts of the assessment board projection's tables. */
final class AssessmentBoardTables {

    /** The parts of a document that belong to one cycle. */
    static final List<String> CYCLE_PARTS = List.of(
            "assessment_board_input",
            "assessment_board_responsibility",
            "assessment_board_precondition",
            "assessment_board_confirmation",
            "assessment_board_intervention");

    private AssessmentBoardTables() {
    }
}
