package nl.regiokompas.api.framework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The programmateam proposes a new version of the afwegingskader with its full content; it comes into force
 * when every participating gemeente adopted it.
 */
public record ProposeFramework(@TargetAggregateIdentifier String regionCode, FrameworkContent content, String reason) {
}
