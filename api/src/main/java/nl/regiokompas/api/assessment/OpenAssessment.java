package nl.regiokompas.api.assessment;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens an assessment of one theme. Without gemeenten every gemeente of the region takes part; without a
 * framework version the current one applies.
 */
public record OpenAssessment(@TargetAggregateIdentifier String assessmentId, String themeCode, String title,
                             List<String> gemeenten, Integer frameworkVersion) {
}
