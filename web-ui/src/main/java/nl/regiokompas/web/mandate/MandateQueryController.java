package nl.regiokompas.web.mandate;

import java.util.List;

import nl.regiokompas.api.mandate.FindMandates;
import nl.regiokompas.api.mandate.MandateView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static nl.regiokompas.web.query.Params.optional;

/** The mandates per theme: current ones first, then ended ones ({@code active: false}), each with its history. */
@RestController
class MandateQueryController {

    private final QueryGateway queries;

    MandateQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/mandates")
    List<MandateView> mandates(@RequestParam(required = false) String themeCode) {
        return queries.query(new FindMandates(optional(themeCode)),
                ResponseTypes.multipleInstancesOf(MandateView.class)).join();
    }
}
