package nl.regiokompas.api.route;

/** Asks for every change of the route (agenda, scores, Bestuurstafel, glossary) and of the framework, oldest first. */
public record FindRouteHistory() {
}
