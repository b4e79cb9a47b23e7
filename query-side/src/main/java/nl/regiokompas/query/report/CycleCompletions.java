package nl.regiokompas.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.regiokompas.query.support.PerTransaction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.instant;
import static nl.regiokompas.query.support.Sql.strings;
import static nl.regiokompas.query.support.Sql.timestamp;

/**
 * Keeps each cycle's {@link CycleCompletion} in {@code report_cycle}, computed from the cycle's formal decisions of
 * its bevestiging as {@link LeadTimeSection} would compute it from them; written by the projection whenever one of
 * those changes, in the same transaction: once per cycle and transaction, just before it commits (what it is
 * computed from changes only in the events that ask for it, so the last computation is the one that stays).
 */
@Component
class CycleCompletions {

    private final JdbcTemplate jdbc;
    private final ReportWrites writes;
    private final PerTransaction<Set<Cycle>> changed;

    CycleCompletions(JdbcTemplate jdbc, ReportWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.changed = new PerTransaction<>(LinkedHashSet::new, this::storeAll);
    }

    private record Cycle(String assessmentId, int cycle) {
    }

    void store(String assessmentId, int cycle) {
        changed.current().add(new Cycle(assessmentId, cycle));
    }

    private void storeAll(Set<Cycle> cycles) {
        writes.flush();
        List<Object[]> rows = new ArrayList<>();
        for (Cycle cycle : cycles) {
            jdbc.query("SELECT gemeenten, opened_at, decision_id FROM report_cycle WHERE assessment_id = ? AND cycle = ?",
                    rs -> {
                        rows.add(completion(cycle.assessmentId(), cycle.cycle(), strings(rs, "gemeenten"),
                                instant(rs, "opened_at"), rs.getString("decision_id")));
                    }, cycle.assessmentId(), cycle.cycle());
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    UPDATE report_cycle SET formal_stored = TRUE, formal_completed_on = ?, formal_completed_at = ?,
                        formal_days = ?
                    WHERE assessment_id = ? AND cycle = ?""", rows);
        }
    }

    private Object[] completion(String assessmentId, int cycle, List<String> gemeenten, Instant openedAt,
                                String decisionId) {
        List<ReportFacts.FormalDecision> formal = new ArrayList<>(decisionId == null ? List.of() : jdbc.query("""
                        SELECT gemeente, body, decided_on, recorded_at FROM report_formal_decision
                        WHERE decision_id = ? AND assessment_id = ? AND cycle = ?""",
                (rs, n) -> new ReportFacts.FormalDecision(decisionId, rs.getString("gemeente"), rs.getString("body"),
                        assessmentId, cycle, rs.getObject("decided_on", LocalDate.class), instant(rs, "recorded_at"),
                        null), decisionId, assessmentId, cycle));
        formal.sort(CycleCompletion.RECORDED);
        CycleCompletion completion = CycleCompletion.of(gemeenten, openedAt, formal);
        return new Object[]{completion.completedOn(), timestamp(completion.completedAt()), completion.daysText(),
                assessmentId, cycle};
    }
}
