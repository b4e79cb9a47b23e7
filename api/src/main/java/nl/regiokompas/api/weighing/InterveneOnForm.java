package nl.regiokompas.api.weighing;

import nl.regiokompas.api.assessment.InterventionKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A gemeente intervenes on the proposed form; this blocks the choice until the programmateam resolves it. */
public record InterveneOnForm(@TargetAggregateIdentifier String weighingId, String interventionId, String gemeente,
                              InterventionKind kind, String reason) {
}
