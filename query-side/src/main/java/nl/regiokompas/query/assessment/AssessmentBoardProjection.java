package nl.regiokompas.query.assessment;

import nl.regiokompas.api.assessment.AssessmentBoardVersion;
import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.query.audit.AssessmentDocumentFold;
import nl.regiokompas.query.rebuild.ProjectionsRebuilt;
import nl.regiokompas.query.support.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The assessment document of the current cycle, as {@link AssessmentDocumentFold} folds it: per event the stored
 * document goes one event further. An event whose sequence number is not higher than the stored version was
 * applied already and leaves the document as it was. Each applied event announces the new version to every
 * instance ({@link AssessmentBoardVersion}, read-your-writes).
 */
@Component
@ProcessingGroup(ProjectionGroups.ASSESSMENT_BOARD)
class AssessmentBoardProjection {

    private final AssessmentBoardRows rows;
    private final JdbcTemplate jdbc;

    AssessmentBoardProjection(AssessmentBoardRows rows, JdbcTemplate jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DomainEventMessage<?> event) {
        if (!AssessmentDocumentFold.changesDocuments(event.getPayload())) {
            return;
        }
        AssessmentDocument before = rows.find(event.getAggregateIdentifier());
        AssessmentDocument after = AssessmentDocumentFold.next(before, event);
        if (after != null && (before == null || after.version() > before.version())) {
            rows.store(after);
            announce(after.assessmentId(), after.version());
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

    /**
     * Announces the version from the current transaction: PostgreSQL delivers the notification when the
     * transaction commits (after the row that holds the version), and never if it rolls back.
     */
    private void announce(String assessmentId, long version) {
        jdbc.query("SELECT pg_notify(?, ?)", rs -> null, AssessmentBoardVersion.CHANNEL,
                new AssessmentBoardVersion(assessmentId, version).payload());
    }
}
