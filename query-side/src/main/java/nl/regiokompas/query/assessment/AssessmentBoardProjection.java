package nl.regiokompas.query.assessment;

import java.time.Instant;

import nl.regiokompas.api.assessment.AssessmentBoardVersion;
import nl.regiokompas.query.audit.AssessmentDocumentFold;
import nl.regiokompas.query.rebuild.ProjectionsRebuilt;
import nl.regiokompas.query.support.ProjectionGroups;
import nl.regiokompas.query.support.ProjectionProperties;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The assessment document of the current cycle, as {@link AssessmentDocumentFold} folds it: per event the
 * assessment's fold (resumed from the stored document once per batch) goes one event further. An event whose sequence number is not higher than the stored version was
 * applied already and leaves the document as it was. The new version is announced to every instance
 * ({@link AssessmentBoardVersion}, read-your-writes) when the document is written, once per assessment and batch.
 * Every so many events it also keeps the document as a snapshot for the as-of view ({@link DocumentSnapshotPlan}).
 */
@Component
@ProcessingGroup(ProjectionGroups.ASSESSMENT_BOARD)
class AssessmentBoardProjection {

    private final AssessmentBoardRows rows;
    private final JdbcTemplate jdbc;
    private final DocumentSnapshotPlan snapshots;

    AssessmentBoardProjection(AssessmentBoardRows rows, JdbcTemplate jdbc, ProjectionProperties projections) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.snapshots = new DocumentSnapshotPlan(projections.documentSnapshotInterval());
    }

    @EventHandler
    void on(DomainEventMessage<?> event) {
        if (!AssessmentDocumentFold.changesDocuments(event.getPayload())) {
            return;
        }
        AssessmentBoardRows.Folding folding = rows.folding(event.getAggregateIdentifier());
        AssessmentDocumentFold fold = folding.fold();
        long before = fold.version();
        fold.apply(event);
        long after = fold.version();
        if (after > before) {
            Instant eventsUntil = DocumentSnapshotPlan.eventsUntil(before < 0, folding.eventsUntil(), event.getTimestamp());
            folding.changed(eventsUntil);
            if (eventsUntil != null && snapshots.due(before, after)) {
                rows.snapshot(fold.document(), eventsUntil);
            }
        }
    }

    @ResetHandler
    void reset() {
        for (String table : ProjectionGroups.tables(ProjectionGroups.ASSESSMENT_BOARD)) {
            jdbc.update("DELETE FROM " + table);
        }
        rows.forgetDocuments();
    }

    /**
     * Rebuilt tables may hold versions this processor never announced (the rebuild replays without announcing):
     * announce every assessment's version, so that read-your-writes waiters look again.
     */
    @EventListener
    void on(ProjectionsRebuilt rebuilt) {
        if (rebuilt.includes(ProjectionGroups.ASSESSMENT_BOARD)) {
            rows.forgetDocuments();
            jdbc.query("SELECT assessment_id, version FROM assessment_board",
                    (RowCallbackHandler) rs -> announce(rs.getString("assessment_id"), rs.getLong("version")));
        }
    }

    private void announce(String assessmentId, long version) {
        AssessmentBoardRows.announce(jdbc, assessmentId, version);
    }
}
