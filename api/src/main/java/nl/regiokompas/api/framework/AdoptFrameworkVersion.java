package nl.regiokompas.api.framework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The bestuurder of {@code gemeente} adopts a proposed framework version for that gemeente. */
public record AdoptFrameworkVersion(@TargetAggregateIdentifier String regionCode, int version, String gemeente) {
}
