package nl.regiokompas.query.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
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
 * many of the batch's events changed it; a rolled-back transaction forgets what it changed.
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
        Map<String, Optional<AssessmentDocument>> seen = batch().seen;
        Optional<AssessmentDocument> document = seen.get(assessmentId);
        if (document == null) {
            document = read(assessmentId);
            seen.put(assessmentId, document);
        }
        return document.orElse(null);
    }

    /** Stores the document when this transaction commits. */
    void store(AssessmentDocument document) {
        Batch batch = batch();
        batch.seen.put(document.assessmentId(), Optional.of(document));
        batch.changed.put(document.assessmentId(), document);
    }

    static AssessmentDocument document(String json) {
        return Json.read(json, DOCUMENT);
    }

    private Optional<AssessmentDocument> read(String assessmentId) {
        List<String> found = jdbc.queryForList("SELECT document FROM assessment_board WHERE assessment_id = ?",
                String.class, assessmentId);
        return found.stream().findFirst().map(AssessmentBoardRows::document);
    }

    /**
     * Never moves a row back to an older version, so that a document written twice (a batch handled again after a
     * failure) stays as its latest event left it.
     */
    private void write(Iterable<AssessmentDocument> documents) {
        List<Object[]> rows = new ArrayList<>();
        documents.forEach(document -> rows.add(new Object[]{document.assessmentId(), document.themeCode(),
                document.title(), document.status(), document.cycle(), document.version(),
                openInterventions(document), document.confirmations().size(), Json.write(document)}));
        jdbc.batchUpdate("""
                INSERT INTO assessment_board (assessment_id, theme_code, title, status, cycle, version,
                    open_interventions, confirmations, document)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                ON CONFLICT (assessment_id) DO UPDATE SET theme_code = EXCLUDED.theme_code, title = EXCLUDED.title,
                    status = EXCLUDED.status, cycle = EXCLUDED.cycle, version = EXCLUDED.version,
                    open_interventions = EXCLUDED.open_interventions, confirmations = EXCLUDED.confirmations,
                    document = EXCLUDED.document
                WHERE assessment_board.version < EXCLUDED.version""", rows);
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

    /** What one transaction read and changed. */
    private final class Batch implements TransactionSynchronization {
        private final Map<String, Optional<AssessmentDocument>> seen = new LinkedHashMap<>();
        private final Map<String, AssessmentDocument> changed = new LinkedHashMap<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!changed.isEmpty()) {
                write(changed.values());
                changed.clear();
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AssessmentBoardRows.this);
        }
    }
}
