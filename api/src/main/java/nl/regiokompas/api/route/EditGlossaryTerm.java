package nl.regiokompas.api.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Someone of the region writes (a new revision of) a term of the shared glossary; {@code expectedRevision} is the revision the writer saw, 0 for a new term. */
public record EditGlossaryTerm(String regionCode, String term, String text, Integer expectedRevision) {

    @TargetAggregateIdentifier
    public String routeId() {
        return RouteIds.of(regionCode);
    }
}
