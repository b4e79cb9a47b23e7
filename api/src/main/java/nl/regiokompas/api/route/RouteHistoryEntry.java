package nl.regiokompas.api.route;

import java.time.Instant;

/** One change of the route or the framework: when, by whom (user id, role, gemeente), what kind, in Dutch. */
public record RouteHistoryEntry(Instant at, String by, String role, String gemeente, String type,
                                String description) {
}
