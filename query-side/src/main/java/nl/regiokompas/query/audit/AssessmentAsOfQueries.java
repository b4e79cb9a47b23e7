package nl.regiokompas.query.audit;

import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.FindAssessmentAsOf;
import nl.regiokompas.query.support.Json;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The assessment as it stood at an instant: the events up to the first one after that instant, folded by
 * {@link AssessmentDocumentFold}. The fold starts from the latest document snapshot that the assessment board
 * kept (aggregate snapshots are skipped on purpose) whose events all lie at or before the instant, and folds only
 * the events after it; without such a snapshot it folds the stream from sequence 0. Both give the same document.
 */
@Component
class AssessmentAsOfQueries {

    private static final TypeReference<AssessmentDocument> DOCUMENT = new TypeReference<>() {
    };

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;

    AssessmentAsOfQueries(EventStore eventStore, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** Null when the assessment exists but was not opened yet at that instant; 404 when it never existed. */
    @QueryHandler
    AssessmentDocument handle(FindAssessmentAsOf query) {
        List<String> snapshot = jdbc.queryForList("""
                        SELECT document FROM assessment_document_snapshot
                        WHERE assessment_id = ? AND events_until <= ?
                        ORDER BY version DESC LIMIT 1""", String.class, query.assessmentId(),
                Timestamp.from(query.asOf().truncatedTo(ChronoUnit.MICROS)));
        if (snapshot.isEmpty()) {
            return AssessmentDocumentFold.foldUntil(AuditEvents.allOf(eventStore, query.assessmentId()), query.asOf());
        }
        AssessmentDocument document = Json.read(snapshot.get(0), DOCUMENT);
        return AssessmentDocumentFold.resume(document)
                .applyUntil(eventStore.readEvents(query.assessmentId(), document.version() + 1), query.asOf())
                .document();
    }
}
