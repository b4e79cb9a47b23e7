package nl.regiokompas.query.decision;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.query.support.DeferredWrites.Statement;
import nl.regiokompas.query.support.Json;
import nl.regiokompas.query.support.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.textArray;
import static nl.regiokompas.query.support.Sql.timestamp;

/**
 * Every decision of every cycle. The current cycle of each assessment is followed in decision_cycle, whose
 * version guards against applying an event twice. Written in batches before the transaction commits
 * ({@link DecisionWrites}).
 */
@Component
@ProcessingGroup(ProjectionGroups.DECISION_HISTORY)
class DecisionHistoryProjection {

    private static final Set<String> TABLES = Set.of("decision_cycle", "decision_entry", "decision_scale");
    private static final Statement OPENED = new Statement("""
            INSERT INTO decision_cycle (assessment_id, theme_code, title, gemeenten, cycle, proposals, version)
            VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT (assessment_id) DO NOTHING""", Set.of(), TABLES);
    private static final Statement PROPOSED = new Statement("""
            UPDATE decision_cycle SET version = ?, proposals = proposals + 1,
                first_proposed_at = COALESCE(first_proposed_at, ?)
            WHERE assessment_id = ? AND version < ?""", Set.of(), TABLES);
    private static final Statement REOPENED = new Statement("""
            UPDATE decision_cycle SET version = ?, cycle = ?, proposals = 0, first_proposed_at = NULL
            WHERE assessment_id = ? AND version < ?""", Set.of(), TABLES);
    /** The entry and its scales only when the cycle's version moves (the decision was not handled before). */
    private static final Statement DECIDED = new Statement("""
            WITH decided AS (
                UPDATE decision_cycle SET version = ? WHERE assessment_id = ? AND version < ?
                RETURNING assessment_id, title, proposals, gemeenten, first_proposed_at),
            entry AS (
                INSERT INTO decision_entry (decision_id, assessment_id, theme_code, title, cycle, revision,
                    revisions, gemeenten, scales, confirmations, responsibilities, preconditions,
                    first_proposed_at, decided_at, lead_time_seconds)
                SELECT ?, c.assessment_id, ?, c.title, ?, ?, c.proposals, c.gemeenten, CAST(? AS jsonb),
                    CAST(? AS jsonb), CAST(? AS jsonb), CAST(? AS jsonb), c.first_proposed_at, ?,
                    CAST(EXTRACT(EPOCH FROM (CAST(? AS timestamptz) - c.first_proposed_at)) AS bigint)
                FROM decided c
                ON CONFLICT (decision_id) DO NOTHING)
            INSERT INTO decision_scale (decision_id, layer, scale)
            SELECT ?, scale.key, scale.value FROM decided, jsonb_each_text(CAST(? AS jsonb)) AS scale
            ON CONFLICT (decision_id, layer) DO NOTHING""", Set.of(), TABLES);

    private final JdbcTemplate jdbc;
    private final DecisionWrites writes;

    DecisionHistoryProjection(JdbcTemplate jdbc, DecisionWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(AssessmentOpened event, @SequenceNumber long sequence) {
        writes.add(event.assessmentId(), OPENED, event.assessmentId(), event.themeCode(), event.title(),
                textArray(event.gemeenten()), event.cycle(), sequence);
    }

    @EventHandler
    void on(ThemeScaleProposed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.add(event.assessmentId(), PROPOSED, sequence, timestamp(at), event.assessmentId(), sequence);
    }

    @EventHandler
    void on(AssessmentReopened event, @SequenceNumber long sequence) {
        writes.add(event.assessmentId(), REOPENED, sequence, event.cycle(), event.assessmentId(), sequence);
    }

    @EventHandler
    void on(DecisionRecorded event, @SequenceNumber long sequence, @Timestamp Instant decidedAt) {
        writes.add(event.assessmentId(), DECIDED, sequence, event.assessmentId(), sequence,
                event.decisionId(), event.themeCode(), event.cycle(), event.revision(), Json.write(event.scales()),
                Json.write(confirmations(event)), Json.write(event.responsibilities()),
                Json.write(event.preconditions()), timestamp(decidedAt), timestamp(decidedAt),
                event.decisionId(), Json.write(event.scales()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM decision_scale");
        jdbc.update("DELETE FROM decision_entry");
        jdbc.update("DELETE FROM decision_cycle");
    }

    private static List<AssessmentDocument.ConfirmationEntry> confirmations(DecisionRecorded event) {
        return event.confirmations().stream()
                .map(c -> new AssessmentDocument.ConfirmationEntry(c.gemeente(), c.revision(), c.confirmedBy(),
                        c.confirmedAt()))
                .toList();
    }
}
