package nl.regiokompas.web.assessment;

import java.time.Duration;
import java.time.Instant;

import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.FindAssessment;
import nl.regiokompas.web.query.NotFound;
import nl.regiokompas.web.query.ProjectionBehind;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads an assessment document, and for read-your-writes waits until the projection reached a version: it
 * subscribes to the versions the projection emits, so it answers as soon as the projection has caught up.
 */
@Component
class AssessmentDocumentReader {

    private final QueryGateway queries;
    private final Duration patience;

    AssessmentDocumentReader(QueryGateway queries,
                             @Value("${regiokompas.read-your-writes.timeout:PT5S}") Duration patience) {
        this.queries = queries;
        this.patience = patience;
    }

    AssessmentDocument current(String assessmentId) {
        AssessmentDocument document = queries.query(new FindAssessment(assessmentId),
                ResponseTypes.instanceOf(AssessmentDocument.class)).join();
        if (document == null) {
            throw new NotFound("Er bestaat geen afwegingstraject met id '" + assessmentId + "'.");
        }
        return document;
    }

    AssessmentDocument atLeast(String assessmentId, long minVersion) {
        Instant deadline = Instant.now().plus(patience);
        try (SubscriptionQueryResult<AssessmentDocument, Long> subscription = queries.subscriptionQuery(
                new FindAssessment(assessmentId), ResponseTypes.instanceOf(AssessmentDocument.class),
                ResponseTypes.instanceOf(Long.class))) {
            AssessmentDocument initial = subscription.initialResult().blockOptional(patience).orElse(null);
            if (initial != null && initial.version() >= minVersion) {
                return initial;
            }
            Duration remaining = Duration.between(Instant.now(), deadline);
            boolean reached = !remaining.isNegative() && subscription.updates()
                    .filter(version -> version >= minVersion)
                    .next()
                    .map(version -> true)
                    .timeout(remaining, Mono.just(false))
                    .blockOptional()
                    .orElse(false);
            AssessmentDocument latest = reached ? current(assessmentId) : null;
            if (latest == null || latest.version() < minVersion) {
                throw new ProjectionBehind("afwegingstraject " + assessmentId, minVersion,
                        initial == null ? -1 : initial.version());
            }
            return latest;
        }
    }
}
