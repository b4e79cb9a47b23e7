package nl.regiokompas.query.decision;

import java.util.List;

import nl.regiokompas.api.decision.DecisionHistoryEntry;
import nl.regiokompas.api.decision.FindDecisions;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the decision history, newest first. */
@Component
class DecisionHistoryQueries {

    private final DecisionHistoryReader reader;

    DecisionHistoryQueries(DecisionHistoryReader reader) {
        this.reader = reader;
    }

    @QueryHandler
    List<DecisionHistoryEntry> handle(FindDecisions query) {
        return reader.find(query);
    }
}
