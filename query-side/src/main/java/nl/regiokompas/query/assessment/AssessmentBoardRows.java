package nl.regiokompas.query.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import nl.regiokompas.api.assessment.AssessmentBoardVersion;
import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.query.support.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rows of {@code assessment_board}: per assessment the document that {@code AssessmentDocumentFold} made, and
 * beside it the columns that the list shows and filters on. Within a transaction (a batch of the processor or of
 * a rebuild) a document is read at most once and written once, just before the transaction commits, however
 * many of the batch's events changed it; a rolled-back transaction forgets what it changed. Beside each document
 * the row keeps {@code events_until}, the latest timestamp of the events it contains, and the snapshots for the
 * as-of view ({@code assessment_document_snapshot}) are written with the batch as well.
 */
@Component
class AssessmentBoardRows {

    private static final TypeReference<AssessmentDocument> DOCUMENT = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    AssessmentBoardRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored document, as changed so far in this transaction; null when the assessment has none. */
    AssessmentDocument find(String assessmentId) {
        return row(assessmentId).map(Row::document).orElse(null);
    }

    /**
     * The latest timestamp of the events in the stored document; null when unknown (no document, or a row stored
     * before events were tracked).
     */
    Instant eventsUntil(String assessmentId) {
        return row(assessmentId).map(Row::eventsUntil).orElse(null);
    }

    /** Stores the document, with the latest timestamp of the events it contains, when this transaction commits. */
    void store(AssessmentDocument document, Instant eventsUntil) {
        Batch batch = batch();
        Row row = new Row(document, eventsUntil);
        batch.seen.put(document.assessmentId(), Optional.of(row));
        batch.changed.put(document.assessmentId(), row);
    }

    /** Keeps the document as a snapshot for the as-of view when this transaction commits. */
    void snapshot(AssessmentDocument document, Instant eventsUntil) {
        batch().snapshots.add(new Row(document, eventsUntil));
    }

    private Optional<Row> row(String assessmentId) {
        Map<String, Optional<Row>> seen = batch().seen;
        Optional<Row> row = seen.get(assessmentId);
        if (row == null) {
            row = read(assessmentId);
            seen.put(assessmentId, row);
        }
        return row;
    }

    static AssessmentDocument document(String json) {
        return Json.read(json, DOCUMENT);
    }

    private Optional<Row> read(String assessmentId) {
        List<Row> found = jdbc.query("SELECT document, events_until FROM assessment_board WHERE assessment_id = ?",
                (rs, n) -> new Row(document(rs.getString("document")), instant(rs.getTimestamp("events_until"))),
                assessmentId);
        return found.stream().findFirst();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Snapshots are immutable: one written again (a batch handled again after a failure) stays as it was. */
    private void writeSnapshots(List<Row> snapshots) {
        jdbc.batchUpdate("""
                INSERT INTO assessment_document_snapshot (assessment_id, version, events_until, document)
                VALUES (?, ?, ?, CAST(? AS jsonb))
                ON CONFLICT (assessment_id, version) DO NOTHING""", snapshots.stream()
                .map(row -> new Object[]{row.document().assessmentId(), row.document().version(),
                        Timestamp.from(row.eventsUntil()), Json.write(row.document())})
                .toList());
    }

    /**
     * Never moves a row back to an older version, so that a document written twice (a batch handled again after a
     * failure) stays as its latest event left it.
     */
    private void write(Iterable<Row> changed) {
        List<Object[]> rows = new ArrayList<>();
        changed.forEach(row -> {
            AssessmentDocument document = row.document();
            rows.add(new Object[]{document.assessmentId(), document.themeCode(),
                    document.title(), document.status(), document.cycle(), document.version(),
                    openInterventions(document), document.confirmations().size(), Json.write(document),
                    row.eventsUntil() == null ? null : Timestamp.from(row.eventsUntil())});
        });
        jdbc.batchUpdate("""
                INSERT INTO assessment_board (assessment_id, theme_code, title, status, cycle, version,
                    open_interventions, confirmations, document, events_until)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
                ON CONFLICT (assessment_id) DO UPDATE SET theme_code = EXCLUDED.theme_code, title = EXCLUDED.title,
                    status = EXCLUDED.status, cycle = EXCLUDED.cycle, version = EXCLUDED.version,
                    open_interventions = EXCLUDED.open_interventions, confirmations = EXCLUDED.confirmations,
                    document = EXCLUDED.document, events_until = EXCLUDED.events_until
                WHERE assessment_board.version < EXCLUDED.version""", rows);
        changed.forEach(row -> announce(jdbc, row.document().assessmentId(), row.document().version()));
    }

    /**
     * Announces the version from the current transaction: PostgreSQL delivers the notification when the
     * transaction commits (after the row that holds the version), and never if it rolls back. Waiters wait for
     * a version or a later one, so the last version of a batch is all they need.
     */
    static void announce(JdbcTemplate jdbc, String assessmentId, long version) {
        jdbc.query("SELECT pg_notify(?, ?)", rs -> null, AssessmentBoardVersion.CHANNEL,
                new AssessmentBoardVersion(assessmentId, version).payload());
    }

    private static int openInterventions(AssessmentDocument document) {
        return (int) document.interventions().stream()
                .filter(intervention -> "OPEN".equals(intervention.status()))
                .count();
    }

    private Batch batch() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("The assessment board is written only within a transaction");
        }
        Batch batch = (Batch) TransactionSynchronizationManager.getResource(this);
        if (batch == null) {
            batch = new Batch();
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        return batch;
    }

    /** A document and the latest timestamp of the events it contains (null: unknown). */
    private record Row(AssessmentDocument document, Instant eventsUntil) {
    }

    /** What one transaction read and changed. */
    private final class Batch implements TransactionSynchronization {
        private final Map<String, Optional<Row>> seen = new LinkedHashMap<>();
        private final Map<String, Row> changed = new LinkedHashMap<>();
        private final List<Row> snapshots = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!changed.isEmpty()) {
                write(changed.values());
                changed.clear();
            }
            if (!snapshots.isEmpty()) {
                writeSnapshots(snapshots);
                snapshots.clear();
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AssessmentBoardRows.this);
        }
    }
}
