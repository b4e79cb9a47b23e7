package nl.regiokompas.query.evaluation;

import nl.regiokompas.query.raad.RaadFigures;
import nl.regiokompas.api.evaluation.Evaluation;
import nl.regiokompas.api.evaluation.FindEvaluation;
import nl.regiokompas.query.decision.DecisionHistoryReader;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.instant;

/**
 * Answers the evaluation from the decision history, intervention and reflection projections; it keeps no
 * tables of its own, so it needs no rebuild and is always consistent with those three views.
 */
@Component
class EvaluationQueries {

    private final JdbcTemplate jdbc;
    private final DecisionHistoryReader decisions;
    private final RaadFigures raadFigures;

    EvaluationQueries(JdbcTemplate jdbc, DecisionHistoryReader decisions, RaadFigures raadFigures) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.raadFigures = raadFigures;
    }

    @QueryHandler
    Evaluation handle(FindEvaluation query) {
        EvaluationFacts facts = new EvaluationFacts(
                decisions.oldestFirst(),
                jdbc.query("SELECT theme_code, assessment_id, cycle, gemeente, opened_at FROM intervention "
                                + "ORDER BY opened_at, intervention_id",
                        (rs, n) -> new EvaluationFacts.Intervention(rs.getString("theme_code"),
                                rs.getString("assessment_id"), rs.getInt("cycle"), rs.getString("gemeente"),
                                instant(rs, "opened_at"))),
                jdbc.query("SELECT theme_code, level, recorded_at FROM reflection ORDER BY recorded_at, reflection_id",
                        (rs, n) -> new EvaluationFacts.Reflection(rs.getString("theme_code"), rs.getString("level"),
                                instant(rs, "recorded_at"))));
        return EvaluationAssembler.assemble(facts, query.from(), query.to())
                .withRaad(raadFigures.of(query.from(), query.to()));
    }
}
