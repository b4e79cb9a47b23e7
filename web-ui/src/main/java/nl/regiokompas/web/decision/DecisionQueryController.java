package nl.regiokompas.web.decision;

import java.util.List;

import nl.regiokompas.api.decision.DecisionHistoryEntry;
import nl.regiokompas.api.decision.FindDecisions;
import nl.regiokompas.web.query.Moments;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static nl.regiokompas.web.query.Params.optional;

/** The decision history of every cycle, newest first. */
@RestController
class DecisionQueryController {

    private final QueryGateway queries;

    DecisionQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/decisions")
    List<DecisionHistoryEntry> decisions(@RequestParam(required = false) String themeCode,
                                         @RequestParam(required = false) String gemeente,
                                         @RequestParam(required = false) String layer,
                                         @RequestParam(required = false) String scale,
                                         @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to) {
        FindDecisions query = new FindDecisions(optional(themeCode), optional(gemeente), optional(layer),
                optional(scale), Moments.parse("from", from), Moments.parse("to", to));
        return queries.query(query, ResponseTypes.multipleInstancesOf(DecisionHistoryEntry.class)).join();
    }
}
