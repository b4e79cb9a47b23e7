package nl.regiokompas.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.instant;
import static nl.regiokompas.query.support.Sql.strings;
import static nl.regiokompas.query.support.Sql.timestamp;

/**
 * Keeps each cycle's {@link CycleCompletion} in {@code report_cycle}, computed from the cycle's formal decisions of
 * its bevestiging as {@link LeadTimeSection} would compute it from them; written by the projection whenever one of
 * those changes, in the same transaction.
 */
@Component
class CycleCompletions {

    private final JdbcTemplate jdbc;

    CycleCompletions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void store(String assessmentId, int cycle) {
        jdbc.query("SELECT gemeenten, opened_at, decision_id FROM report_cycle WHERE assessment_id = ? AND cycle = ?",
                rs -> {
                    store(assessmentId, cycle, strings(rs, "gemeenten"), instant(rs, "opened_at"),
                            rs.getString("decision_id"));
                }, assessmentId, cycle);
    }

    private void store(String assessmentId, int cycle, List<String> gemeenten, Instant openedAt, String decisionId) {
        List<ReportFacts.FormalDecision> formal = new ArrayList<>(decisionId == null ? List.of() : jdbc.query("""
                        SELECT gemeente, body, decided_on, recorded_at FROM report_formal_decision
                        WHERE decision_id = ? AND assessment_id = ? AND cycle = ?""",
                (rs, n) -> new ReportFacts.FormalDecision(decisionId, rs.getString("gemeente"), rs.getString("body"),
                        assessmentId, cycle, rs.getObject("decided_on", LocalDate.class), instant(rs, "recorded_at"),
                        null), decisionId, assessmentId, cycle));
        formal.sort(CycleCompletion.RECORDED);
        CycleCompletion completion = CycleCompletion.of(gemeenten, openedAt, formal);
        jdbc.update("""
                        UPDATE report_cycle SET formal_stored = TRUE, formal_completed_on = ?, formal_completed_at = ?,
                            formal_days = ?
                        WHERE assessment_id = ? AND cycle = ?""",
                completion.completedOn(), timestamp(completion.completedAt()), completion.daysText(), assessmentId,
                cycle);
    }
}
