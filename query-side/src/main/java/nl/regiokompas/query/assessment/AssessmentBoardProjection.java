package nl.regiokompas.query.assessment;

import java.time.Instant;

import nl.regiokompas.api.assessment.AssessmentBoardVersion;
import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.GovernanceFormRecorded;
import nl.regiokompas.api.assessment.InterventionResolved;
import nl.regiokompas.api.assessment.LocalInterventionOpened;
import nl.regiokompas.api.assessment.PreconditionRecorded;
import nl.regiokompas.api.assessment.ResponsibilityAssigned;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.query.rebuild.ProjectionsRebuilt;
import nl.regiokompas.query.support.Json;
import nl.regiokompas.query.support.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.textArray;
import static nl.regiokompas.query.support.Sql.timestamp;

/**
 * The assessment document of the current cycle. Every event first advances the stored version; an event
 * whose sequence number is not higher than that version was applied already and is skipped. Each applied
 * event announces the new version to every instance ({@link AssessmentBoardVersion}, read-your-writes).
 */
@Component
@ProcessingGroup(ProjectionGroups.ASSESSMENT_BOARD)
class AssessmentBoardProjection {

    private static final String USER_ID = AuditMetaData.USER_ID;

    private final JdbcTemplate jdbc;

    AssessmentBoardProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AssessmentOpened event, @SequenceNumber long sequence) {
        int inserted = jdbc.update("""
                        INSERT INTO assessment_board (assessment_id, theme_code, title, status, cycle, version,
                            framework_version, gemeenten)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (assessment_id) DO NOTHING""",
                event.assessmentId(), event.themeCode(), event.title(), AssessmentDocument.OPEN, event.cycle(),
                sequence, event.frameworkVersion(), textArray(event.gemeenten()));
        if (inserted == 1) {
            announce(event.assessmentId(), sequence);
        }
    }

    @EventHandler
    void on(CriterionInputRecorded event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(USER_ID) String by) {
        if (advance(event.assessmentId(), sequence)) {
            jdbc.update("""
                            INSERT INTO assessment_board_input (assessment_id, gemeente, layer, criterion, leaning,
                                text, by_user, at, sequence)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (assessment_id, gemeente, layer, criterion) DO UPDATE SET
                                leaning = EXCLUDED.leaning, text = EXCLUDED.text, by_user = EXCLUDED.by_user,
                                at = EXCLUDED.at, sequence = EXCLUDED.sequence""",
                    event.assessmentId(), event.gemeente(), event.layer(), event.criterion(), event.leaning(),
                    event.text(), by, timestamp(at), sequence);
            announce(event.assessmentId(), sequence);
        }
    }

    @EventHandler
    void on(ThemeScaleProposed event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(USER_ID) String by) {
        if (advance(event.assessmentId(), sequence)) {
            jdbc.update("""
                            UPDATE assessment_board SET status = ?, proposal_revision = ?,
                                proposal_scales = CAST(? AS jsonb), proposal_rationale = ?, proposal_by = ?,
                                proposal_at = ?
                            WHERE assessment_id = ?""",
                    AssessmentDocument.VOORGESTELD, event.revision(), Json.write(event.scales()), event.rationale(),
                    by, timestamp(at), event.assessmentId());
            jdbc.update("DELETE FROM assessment_board_confirmation WHERE assessment_id = ? AND revision <> ?",
                    event.assessmentId(), event.revision());
            announce(event.assessmentId(), sequence);
        }
    }

    @EventHandler
    void on(ResponsibilityAssigned event, @SequenceNumber long sequence) {
        if (advance(event.assessmentId(), sequence)) {
            jdbc.update("""
                            INSERT INTO assessment_board_responsibility (assessment_id, layer, kind, level, holder,
                                sequence)
                            VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (assessment_id, layer, kind) DO UPDATE SET
                                level = EXCLUDED.level, holder = EXCLUDED.holder, sequence = EXCLUDED.sequence""",
                    event.assessmentId(), event.layer(), event.kind(), event.level(), event.holder(), sequence);
            announce(event.assessmentId(), sequence);
        }
    }

    @EventHandler
    void on(PreconditionRecorded event, @SequenceNumber long sequence) {
        if (advance(event.assessmentId(), sequence)) {
            jdbc.update("""
                            INSERT INTO assessment_board_precondition (assessment_id, precondition_id, kind, text,
                                sequence)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (assessment_id, precondition_id) DO UPDATE SET
                                kind = EXCLUDED.kind, text = EXCLUDED.text, sequence = EXCLUDED.sequence""",
                    event.assessmentId(), event.preconditionId(), event.kind(), event.text(), sequence);
            announce(event.assessmentId(), sequence);
        }
    }

    @EventHandler
    void on(ConfirmedByBestuurder event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(USER_ID) String by) {
        if (advance(event.assessmentId(), sequence)) {
            jdbc.update("""
                            INSERT INTO assessment_board_confirmation (assessment_id, gemeente, revision, by_user,
                                at, sequence, note)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (assessment_id, gemeente) DO UPDATE SET
                                revision = EXCLUDED.revision, by_user = EXCLUDED.by_user, at = EXCLUDED.at,
                                sequence = EXCLUDED.sequence, note = EXCLUDED.note""",
                    event.assessmentId(), event.gemeente(), event.revision(), by, timestamp(at), sequence,
                    event.note());
            announce(event.assessmentId(), sequence);
        }
    }

    @EventHandler
    void on(LocalInterventionOpened event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(USER_ID) String by) {
        if (advance(event.assessmentId(), sequence)) {
            jdbc.update("""
                            INSERT INTO assessment_board_intervention (intervention_id, assessment_id, gemeente,
                                layer, kind, reason, status, by_user, at, sequence)
                            VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?) ON CONFLICT (intervention_id) DO NOTHING""",
                    event.interventionId(), event.assessmentId(), event.gemeente(), event.layer(),
                    event.kind().name(), event.reason(), by, timestamp(at), sequence);
            announce(event.assessmentId(), sequence);
        }
    }

    @EventHandler
    void on(InterventionResolved event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(USER_ID) String by) {
        if (advance(event.assessmentId(), sequence)) {
            jdbc.update("""
                            UPDATE assessment_board_intervention SET status = ?, note = ?, resolved_by = ?,
                                resolved_at = ?
                            WHERE intervention_id = ?""",
                    event.outcome().name(), event.note(), by, timestamp(at), event.interventionId());
            announce(event.assessmentId(), sequence);
        }
    }

    @EventHandler
    void on(DecisionRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.assessmentId(), sequence)) {
            jdbc.update("""
                            UPDATE assessment_board SET status = ?, decision_id = ?, decision_revision = ?,
                                decision_scales = CAST(? AS jsonb), decided_at = ?
                            WHERE assessment_id = ?""",
                    AssessmentDocument.BESLOTEN, event.decisionId(), event.revision(), Json.write(event.scales()),
                    timestamp(at), event.assessmentId());
            announce(event.assessmentId(), sequence);
        }
    }

    @EventHandler
    void on(GovernanceFormRecorded event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(USER_ID) String by) {
        if (advance(event.assessmentId(), sequence)) {
            jdbc.update("""
                            UPDATE assessment_board SET governance_form = ?, governance_rationale = ?,
                                governance_by = ?, governance_at = ?
                            WHERE assessment_id = ?""",
                    event.form(), event.rationale(), by, timestamp(at), event.assessmentId());
            announce(event.assessmentId(), sequence);
        }
    }

    /** A new cycle starts empty; the decision of the previous cycle lives on in the decision history. */
    @EventHandler
    void on(AssessmentReopened event, @SequenceNumber long sequence) {
        String id = event.assessmentId();
        if (advance(id, sequence)) {
            jdbc.update("""
                            UPDATE assessment_board SET status = ?, cycle = ?, proposal_revision = NULL,
                                proposal_scales = NULL, proposal_rationale = NULL, proposal_by = NULL,
                                proposal_at = NULL, decision_id = NULL, decision_revision = NULL,
                                decision_scales = NULL, decided_at = NULL, governance_form = NULL,
                                governance_rationale = NULL, governance_by = NULL, governance_at = NULL
                            WHERE assessment_id = ?""",
                    AssessmentDocument.OPEN, event.cycle(), id);
            for (String table : AssessmentBoardTables.CYCLE_PARTS) {
                jdbc.update("DELETE FROM " + table + " WHERE assessment_id = ?", id);
            }
            announce(id, sequence);
        }
    }

    @ResetHandler
    void reset() {
        for (String table : ProjectionGroups.tables(ProjectionGroups.ASSESSMENT_BOARD)) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /**
     * Rebuilt tables may hold versions this processor never announced (the rebuild replays without announcing):
     * announce every assessment's version, so that read-your-writes waiters look again.
     */
    @EventListener
    void on(ProjectionsRebuilt rebuilt) {
        if (rebuilt.includes(ProjectionGroups.ASSESSMENT_BOARD)) {
            jdbc.query("SELECT assessment_id, version FROM assessment_board",
                    (RowCallbackHandler) rs -> announce(rs.getString("assessment_id"), rs.getLong("version")));
        }
    }

    private boolean advance(String assessmentId, long sequence) {
        return jdbc.update("UPDATE assessment_board SET version = ? WHERE assessment_id = ? AND version < ?",
                sequence, assessmentId, sequence) == 1;
    }

    /**
     * Announces the version from the current transaction: PostgreSQL delivers the notification when the
     * transaction commits (after the row that holds the version), and never if it rolls back.
     */
    private void announce(String assessmentId, long version) {
        jdbc.query("SELECT pg_notify(?, ?)", rs -> null, AssessmentBoardVersion.CHANNEL,
                new AssessmentBoardVersion(assessmentId, version).payload());
    }
}
