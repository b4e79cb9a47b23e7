package nl.regiokompas.web.weighing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.regiokompas.api.weighing.FindWeighing;
import nl.regiokompas.api.weighing.FindWeighingsOfAssessment;
import nl.regiokompas.api.weighing.ListWeighings;
import nl.regiokompas.api.weighing.WeighingAllowedActions;
import nl.regiokompas.api.weighing.WeighingDocument;
import nl.regiokompas.api.weighing.WeighingPolicy;
import nl.regiokompas.web.assessment.ReadYourWritesProperties;
import nl.regiokompas.web.query.NotFound;
import nl.regiokompas.web.query.ProjectionBehind;
import nl.regiokompas.web.security.RegiokompasUser;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The form weighings: the list, and one weighing with what the signed-in user may do next on it. With
 * {@code ?minVersion=} the answer waits (briefly) until the projection reached that version: read-your-writes
 * after a command, whose answer names the version.
 */
@RestController
class WeighingQueryController {

    private static final Duration PAUSE = Duration.ofMillis(100);

    private final QueryGateway queries;
    private final Duration patience;

    WeighingQueryController(QueryGateway queries, ReadYourWritesProperties readYourWrites) {
        this.queries = queries;
        this.patience = readYourWrites.timeout();
    }

    record WeighingView(@JsonUnwrapped WeighingDocument document, WeighingAllowedActions allowedActions) {
    }

    /** Every weighing, or with {@code ?assessmentId=} those covering that assessment's decision (its form). */
    @GetMapping("/api/weighings")
    List<WeighingDocument> weighings(@RequestParam(required = false) String assessmentId) {
        Object query = assessmentId == null ? ListWeighings.all() : new FindWeighingsOfAssessment(assessmentId);
        return queries.query(query, ResponseTypes.multipleInstancesOf(WeighingDocument.class)).join();
    }

    @GetMapping("/api/weighings/{id}")
    WeighingView weighing(@PathVariable String id, @RequestParam(required = false) Long minVersion,
                          @AuthenticationPrincipal RegiokompasUser user) throws InterruptedException {
        WeighingDocument document = minVersion == null ? read(id).orElseThrow(() -> notFound(id))
                : atLeast(id, minVersion);
        return new WeighingView(document, WeighingPolicy.allowedActions(user.role(), user.gemeente(), document));
    }

    private WeighingDocument atLeast(String id, long minVersion) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Optional<WeighingDocument> seen = read(id);
        while (seen.isEmpty() || seen.get().version() < minVersion) {
            if (System.nanoTime() > deadline) {
                throw new ProjectionBehind("vormafweging " + id, minVersion, seen.map(WeighingDocument::version)
                        .orElse(-1L));
            }
            Thread.sleep(PAUSE.toMillis());
            seen = read(id);
        }
        return seen.get();
    }

    private Optional<WeighingDocument> read(String id) {
        return queries.query(new FindWeighing(id), ResponseTypes.optionalInstanceOf(WeighingDocument.class)).join();
    }

    private static NotFound notFound(String id) {
        return new NotFound("Er bestaat geen vormafweging met id '" + id + "'.");
    }
}
