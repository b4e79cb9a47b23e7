package nl.regiokompas.web.history;

import java.util.List;

import nl.regiokompas.api.assessment.FindAssessmentHistory;
import nl.regiokompas.api.assessment.HistoryEntry;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The full history of an assessment, oldest first; {@code afterSequence} lets a reconnecting client catch up. */
@RestController
class AssessmentHistoryController {

    private final QueryGateway queries;

    AssessmentHistoryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/assessments/{id}/history")
    List<HistoryEntry> history(@PathVariable String id, @RequestParam(defaultValue = "-1") long afterSequence) {
        return queries.query(new FindAssessmentHistory(id, Math.max(afterSequence, -1)),
                ResponseTypes.multipleInstancesOf(HistoryEntry.class)).join();
    }
}
