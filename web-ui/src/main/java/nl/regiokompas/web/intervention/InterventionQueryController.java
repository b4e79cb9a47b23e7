package nl.regiokompas.web.intervention;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.regiokompas.api.assessment.InterventionOutcome;
import nl.regiokompas.api.intervention.FindInterventions;
import nl.regiokompas.api.intervention.InterventionView;
import nl.regiokompas.web.query.InvalidQueryParameter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static nl.regiokompas.web.query.Params.optional;

/** Local interventions with how long each was open, newest first. */
@RestController
class InterventionQueryController {

    private static final Set<String> STATUSES = Stream.concat(Stream.of(InterventionView.OPEN),
            Stream.of(InterventionOutcome.values()).map(Enum::name)).collect(Collectors.toUnmodifiableSet());

    private final QueryGateway queries;

    InterventionQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/interventions")
    List<InterventionView> interventions(@RequestParam(required = false) String gemeente,
                                         @RequestParam(required = false) String status,
                                         @RequestParam(required = false) String themeCode) {
        String wantedStatus = optional(status);
        if (wantedStatus != null && !STATUSES.contains(wantedStatus)) {
            throw new InvalidQueryParameter("status", "Onbekende status '" + wantedStatus + "'; kies uit "
                    + STATUSES.stream().sorted().collect(Collectors.joining(", ")) + ".");
        }
        return queries.query(new FindInterventions(optional(gemeente), wantedStatus, optional(themeCode)),
                ResponseTypes.multipleInstancesOf(InterventionView.class)).join();
    }
}
