package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Tells an assessment which mandate of its theme is active now (null: none), sent by the command side itself when
 * an assessment is opened and whenever a mandate of its theme is registered, amended or ended.
 * {@code mandateVersion} distinguishes amendments of the same mandate.
 */
public record FollowThemeMandate(@TargetAggregateIdentifier String assessmentId, String mandateId,
                                 long mandateVersion) {
}
