package nl.regiokompas.api.weighing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Proposes one of the weighed forms as the chosen one; a new revision for the bestuurders to confirm. */
public record ProposeForm(@TargetAggregateIdentifier String weighingId, String form, String rationale) {
}
