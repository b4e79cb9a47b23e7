package nl.regiokompas.web.assessment;

import java.time.Duration;

import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.FindAssessment;
import nl.regiokompas.web.query.NotFound;
import nl.regiokompas.web.query.ProjectionBehind;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Reads an assessment document, and for read-your-writes waits until the assessment board in the shared
 * database reached a version. It reads again whenever the projection of any instance announces a new version
 * of the assessment, and at the latest after a short pause, so a lost announcement costs time, not the answer.
 */
@Component
public class AssessmentDocumentReader {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(250);

    private final QueryGateway queries;
    private final AssessmentVersionSignals versions;
    private final Duration patience;

    AssessmentDocumentReader(QueryGateway queries, AssessmentVersionSignals versions,
                             ReadYourWritesProperties readYourWrites) {
        this.queries = queries;
        this.versions = versions;
        this.patience = readYourWrites.timeout();
    }

    /** The current document, or with a {@code minVersion} the first that includes it (read-your-writes). */
    public AssessmentDocument read(String assessmentId, Long minVersion) {
        return minVersion == null ? current(assessmentId) : atLeast(assessmentId, minVersion);
    }

    AssessmentDocument current(String assessmentId) {
        AssessmentDocument document = read(assessmentId);
        if (document == null) {
            throw new NotFound("Er bestaat geen afwegingstraject met id '" + assessmentId + "'.");
        }
        return document;
    }

    AssessmentDocument atLeast(String assessmentId, long minVersion) {
        long deadline = System.nanoTime() + patience.toNanos();
        Duration pause = FIRST_PAUSE;
        AssessmentDocument seen = null;
        try (AssessmentVersionSignals.Signal announced = versions.of(assessmentId)) {
            seen = read(assessmentId);
            while (seen == null || seen.version() < minVersion) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw behind(assessmentId, minVersion, seen);
                }
                announced.await(minVersion, min(pause, Duration.ofNanos(left)));
                pause = min(pause.multipliedBy(3).dividedBy(2), LONGEST_PAUSE);
                seen = read(assessmentId);
            }
            return seen;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw behind(assessmentId, minVersion, seen);
        }
    }

    /** Null when the projection does not know the assessment (yet). */
    private AssessmentDocument read(String assessmentId) {
        return queries.query(new FindAssessment(assessmentId), ResponseTypes.instanceOf(AssessmentDocument.class))
                .join();
    }

    private static ProjectionBehind behind(String assessmentId, long minVersion, AssessmentDocument seen) {
        return new ProjectionBehind("afwegingstraject " + assessmentId, minVersion, seen == null ? -1 : seen.version());
    }

    private static Duration min(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
    }
}
