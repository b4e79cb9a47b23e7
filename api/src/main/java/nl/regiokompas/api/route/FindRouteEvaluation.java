package nl.regiokompas.api.route;

import java.time.Instant;

/** Asks for the route's part of the evaluation of a period (either bound may be null). */
public record FindRouteEvaluation(Instant from, Instant to) {
}
