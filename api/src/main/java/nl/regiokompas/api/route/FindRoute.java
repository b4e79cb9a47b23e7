package nl.regiokompas.api.route;

/** Asks for the region's route: the agenda in order, each theme's phase, scores and next step, the glossary. */
public record FindRoute() {
}
