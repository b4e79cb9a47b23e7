package nl.regiokompas.web.reflection;

import java.util.List;

import nl.regiokompas.api.reflection.FindReflections;
import nl.regiokompas.api.reflection.ReflectionView;
import nl.regiokompas.web.query.Moments;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static nl.regiokompas.web.query.Params.optional;

/** Reflections, newest first. */
@RestController
class ReflectionQueryController {

    private final QueryGateway queries;

    ReflectionQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/reflections")
    List<ReflectionView> reflections(@RequestParam(required = false) String level,
                                     @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String assessmentId) {
        FindReflections query = new FindReflections(optional(level), Moments.parse("from", from),
                Moments.parse("to", to), optional(assessmentId));
        return queries.query(query, ResponseTypes.multipleInstancesOf(ReflectionView.class)).join();
    }
}
