package nl.regiokompas.api.assessment;

import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Proposes a scale for every layer of the theme, with a rationale. Each proposal is a new revision. */
public record ProposeThemeScale(@TargetAggregateIdentifier String assessmentId, Map<String, String> scales,
                                String rationale, @TargetAggregateVersion Long expectedVersion) {
}
