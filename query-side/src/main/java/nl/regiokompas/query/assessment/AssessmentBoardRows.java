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
import nl.regiokompas.query.audit.AssessmentDocumentFold;
import nl.regiokompas.query.support.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rows of {@code assessment_board}: per assessment the document that {@link AssessmentDocumentFold} made, and
 * beside it the columns that the list shows and filters on. Within a transaction (a batch of the processor or of
 * a rebuild) a document is read at most once, resumed into one fold that every event of the batch goes through,
 * and made and written once, just before the transaction commits, however many of the batch's events changed it;
 * a rolled-back transaction forgets what it changed. Beside each document
 * the row keeps {@code events_until}, the latest timestamp of the events it contains, and the snapshots for the
 * as-of view ({@code assessment_document_snapshot}) are written with the batch as well.
 * <p>
 * The documents this instance wrote are kept in memory ({@link StoredDocuments}), so that the next batch need not
 * read and parse the stored document again: it reads the row's version only, and goes on from the kept document
 * when that is the version stored. Any other writer (another instance that held the processor's token, a rebuild,
 * a reset) stores another version, and then the stored document is read as before.
 */
@Component
class AssessmentBoardRows {

    private static final TypeReference<AssessmentDocument> DOCUMENT = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final StoredDocuments stored = new StoredDocuments();

    AssessmentBoardRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Forgets every kept document: the table was replaced (a rebuild) or emptied (a reset). */
    void forgetDocuments() {
        stored.clear();
    }

    /**
     * The assessment's document as a fold that goes on from the stored one (a new fold when none is stored),
     * resumed once per transaction: every event of the batch is applied to the same fold, and the document is
     * made from it once, when the transaction commits.
     */
    Folding folding(String assessmentId) {
        Batch batch = batch();
        Map<String, Folding> seen = batch.seen;
        Folding folding = seen.get(assessmentId);
        if (folding == null) {
            folding = read(assessmentId, batch).map(row -> new Folding(AssessmentDocumentFold.resume(row.document()), row.eventsUntil()))
                    .orElseGet(() -> new Folding(new AssessmentDocumentFold(), null));
            seen.put(assessmentId, folding);
        }
        return folding;
    }

    /** Keeps the document as a snapshot for the as-of view when this transaction commits. */
    void snapshot(AssessmentDocument document, Instant eventsUntil) {
        batch().snapshots.add(new Row(document, eventsUntil));
    }

    /**
     * An assessment's document being folded within one transaction, and the latest timestamp of the events in it
     * (null: unknown). Stored when the transaction commits if {@link #changed} was called.
     */
    static final class Folding {
        private final AssessmentDocumentFold fold;
        private Instant eventsUntil;
        private boolean changed;

        private Folding(AssessmentDocumentFold fold, Instant eventsUntil) {
            this.fold = fold;
            this.eventsUntil = eventsUntil;
        }

        AssessmentDocumentFold fold() {
            return fold;
        }

        Instant eventsUntil() {
            return eventsUntil;
        }

        /** The document went one event further: stored, with this latest timestamp, when the transaction commits. */
        void changed(Instant eventsUntil) {
            this.eventsUntil = eventsUntil;
            this.changed = true;
        }
    }

    static AssessmentDocument document(String json) {
        return Json.read(json, DOCUMENT);
    }

    /**
     * The stored row. The document is sent and parsed only when this instance did not keep the stored version of
     * it in the schema of this transaction (a rebuild writes tables of its own).
     */
    private Optional<Row> read(String assessmentId, Batch batch) {
        StoredDocuments.Kept kept = stored.get(assessmentId);
        Stored found = jdbc.queryForObject("""
                        SELECT current_schema() AS in_schema, b.version, b.events_until,
                            CASE WHEN b.version = ? AND current_schema() = ? THEN NULL ELSE b.document END AS document
                        FROM (SELECT 1) AS one LEFT JOIN assessment_board b ON b.assessment_id = ?""",
                (rs, n) -> new Stored(rs.getString("in_schema"), rs.getObject("version") != null,
                        instant(rs.getTimestamp("events_until")), rs.getString("document")),
                kept == null ? -1 : kept.document().version(), kept == null ? null : kept.schema(), assessmentId);
        batch.schema = found.schema();
        if (!found.exists()) {
            return Optional.empty();
        }
        return Optional.of(new Row(found.document() != null ? document(found.document()) : kept.document(),
                found.eventsUntil()));
    }

    /** What {@link #read} finds: the schema it read in, and whether a row exists, with its document if sent. */
    private record Stored(String schema, boolean exists, Instant eventsUntil, String document) {
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Snapshots are immutable: one written again (a batch handled again after a failure) stays as it was. */
    private void writeSnapshots(List<Row> snapshots) {
        jdbc.batchUpdate("""
                INSERT INTO assessment_document_snapshot (assessment_id, version, events_until, document)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (assessment_id, version) DO NOTHING""", snapshots.stream()
                .map(row -> new Object[]{row.document().assessmentId(), row.document().version(),
                        Timestamp.from(row.eventsUntil()), Json.write(row.document())})
                .toList());
    }

    /**
     * Never moves a row back to an older version, so that a document written twice (a batch handled again after a
     * failure) stays as its latest event left it.
     */
    private int[] write(List<Row> changed) {
        List<Object[]> rows = new ArrayList<>();
        changed.forEach(row -> {
            AssessmentDocument document = row.document();
            rows.add(new Object[]{document.assessmentId(), document.themeCode(),
                    document.title(), document.status(), document.cycle(), document.version(),
                    openInterventions(document), document.confirmations().size(), Json.write(document),
                    row.eventsUntil() == null ? null : Timestamp.from(row.eventsUntil())});
        });
        int[] written = jdbc.batchUpdate("""
                INSERT INTO assessment_board (assessment_id, theme_code, title, status, cycle, version,
                    open_interventions, confirmations, document, events_until)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (assessment_id) DO UPDATE SET theme_code = EXCLUDED.theme_code, title = EXCLUDED.title,
                    status = EXCLUDED.status, cycle = EXCLUDED.cycle, version = EXCLUDED.version,
                    open_interventions = EXCLUDED.open_interventions, confirmations = EXCLUDED.confirmations,
                    document = EXCLUDED.document, events_until = EXCLUDED.events_until
                WHERE assessment_board.version < EXCLUDED.version""", rows);
        changed.forEach(row -> announce(jdbc, row.document().assessmentId(), row.document().version()));
        return written;
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
        private final Map<String, Folding> seen = new LinkedHashMap<>();
        private final List<Row> snapshots = new ArrayList<>();
        private final List<String> touched = new ArrayList<>();
        private final List<AssessmentDocument> written = new ArrayList<>();
        private String schema;

        @Override
        public void beforeCommit(boolean readOnly) {
            touched.addAll(seen.keySet());
            List<Row> changed = seen.values().stream().filter(folding -> folding.changed)
                    .map(folding -> new Row(folding.fold.document(), folding.eventsUntil)).toList();
            if (!changed.isEmpty()) {
                int[] counts = write(changed);
                // Kept only where this write stored the document (one row inserted or updated): where the row
                // holds a later version already, what this batch folded is not what is stored.
                for (int i = 0; i < changed.size(); i++) {
                    if (i < counts.length && counts[i] == 1) {
                        written.add(changed.get(i).document());
                    }
                }
            }
            seen.clear();
            if (!snapshots.isEmpty()) {
                writeSnapshots(snapshots);
                snapshots.clear();
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AssessmentBoardRows.this);
            touched.addAll(seen.keySet());
            touched.forEach(stored::forget);
            if (status == STATUS_COMMITTED) {
                written.forEach(document -> stored.keep(schema, document));
            }
        }
    }
}
