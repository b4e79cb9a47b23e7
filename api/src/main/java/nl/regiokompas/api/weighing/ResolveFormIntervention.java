package nl.regiokompas.api.weighing;

import nl.regiokompas.api.assessment.InterventionOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ResolveFormIntervention(@TargetAggregateIdentifier String weighingId, String interventionId,
                                      InterventionOutcome outcome, String note) {
}
