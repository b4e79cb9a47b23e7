package nl.regiokompas.api.framework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The region adopts a (new) version of its afwegingskader. The region code identifies the framework. */
public record AdoptFramework(@TargetAggregateIdentifier String regionCode, FrameworkContent content, String reason) {
}
