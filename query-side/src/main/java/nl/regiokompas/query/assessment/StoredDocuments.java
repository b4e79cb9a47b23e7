package nl.regiokompas.query.assessment;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.regiokompas.api.assessment.AssessmentDocument;

/**
 * The assessment documents this instance last stored on the board, per assessment with the schema of the table it
 * wrote, the least recently used forgotten beyond a bound. A kept document stands for the stored one only while the
 * row holds its version: versions only go up, and one version of an assessment folds to one document, so another
 * writer always leaves another version behind.
 */
final class StoredDocuments {

    /** A document is some tens of kilobytes in memory; the assessments being edited at a time are far fewer. */
    static final int BOUND = 1_000;

    private final Map<String, Kept> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > BOUND;
        }
    };

    record Kept(String schema, AssessmentDocument document) {
    }

    synchronized Kept get(String assessmentId) {
        return kept.get(assessmentId);
    }

    synchronized void keep(String schema, AssessmentDocument document) {
        kept.put(document.assessmentId(), new Kept(schema, document));
    }

    synchronized void forget(String assessmentId) {
        kept.remove(assessmentId);
    }

    synchronized void clear() {
        kept.clear();
    }
}
