package nl.regiokompas.web.audit;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.springframework.jdbc.core.JdbcTemplate;

/** An assessment whose events are good to tamper with: the middle input has events before and after it. */
final class ChainScenario {

    private ChainScenario() {
    }

    /**
     * Three inputs, so that the middle one has events before and after it in the chain. Returns once the
     * assessment board has them: a projection must never read an event while a test has it tampered, or the
     * tampered value would stay in the projection (and differ from any later rebuild).
     */
    static AssessmentScenarios withThreeInputs(Api api) {
        AssessmentScenarios scenario = AssessmentScenarios.open(api, "LEERPLICHT");
        scenario.input("BUN", "BELEID", "C1", "REGIONAAL", "Eerste gedachte.");
        scenario.input("HOU", "BELEID", "C1", "LOKAAL", "Tweede gedachte.");
        scenario.input("UHR", "BELEID", "C1", "REGIONAAL", "Derde gedachte.");
        Api.Response board = api.get("auditor", scenario.path("?minVersion=" + scenario.version));
        if (board.status() != 200) {
            throw new IllegalStateException("The assessment board did not reach version " + scenario.version + ": "
                    + board);
        }
        return scenario;
    }

    /** The event of the second input (sequence 2) of the scenario: "Tweede gedachte." */
    static String secondInputEvent(JdbcTemplate jdbc, AssessmentScenarios scenario) {
        return jdbc.queryForObject("""
                        SELECT event_identifier FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND sequence_number = 2""",
                String.class, scenario.assessmentId);
    }

    /** Commits the heads of the streams that moved to a checkpoint now, as the background schedule would shortly. */
    static long checkpoint(JdbcTemplate jdbc) {
        jdbc.queryForList("SELECT event_checkpoint_write()");
        return jdbc.queryForObject("SELECT coalesce(max(number), 0) FROM event_checkpoint", Long.class);
    }
}
