package nl.regiokompas.api.framework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The bestuurder of {@code gemeente} declines a proposed framework version for that gemeente, with a reason. */
public record DeclineFrameworkVersion(@TargetAggregateIdentifier String regionCode, int version, String gemeente,
                                      String reason) {
}
