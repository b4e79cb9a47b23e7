package nl.regiokompas.web.raad;

import java.time.Duration;

import nl.regiokompas.api.raad.AssessmentRaad;
import nl.regiokompas.api.raad.FindAssessmentRaad;
import nl.regiokompas.web.assessment.ReadYourWritesProperties;
import nl.regiokompas.web.query.ProjectionBehind;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Reads what concerns the raden in an assessment, and for read-your-writes after a raad command waits until the raad
 * projection includes that version (polling: raad commands are rare, the projection announces nothing).
 */
@Component
class AssessmentRaadReader {

    private static final Duration PAUSE = Duration.ofMillis(100);

    private final QueryGateway queries;
    private final Duration patience;

    AssessmentRaadReader(QueryGateway queries, ReadYourWritesProperties readYourWrites) {
        this.queries = queries;
        this.patience = readYourWrites.timeout();
    }

    /** Null when the projection does not know the assessment. */
    AssessmentRaad read(String assessmentId, Long minVersion) {
        long deadline = System.nanoTime() + patience.toNanos();
        AssessmentRaad seen = read(assessmentId);
        while (minVersion != null && (seen == null || seen.version() < minVersion)) {
            if (System.nanoTime() > deadline) {
                throw new ProjectionBehind("de raden in afwegingstraject " + assessmentId, minVersion,
                        seen == null ? -1 : seen.version());
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProjectionBehind("de raden in afwegingstraject " + assessmentId, minVersion, -1);
            }
            seen = read(assessmentId);
        }
        return seen;
    }

    private AssessmentRaad read(String assessmentId) {
        return queries.query(new FindAssessmentRaad(assessmentId),
                ResponseTypes.optionalInstanceOf(AssessmentRaad.class)).join().orElse(null);
    }
}
