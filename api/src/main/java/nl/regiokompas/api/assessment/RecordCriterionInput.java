package nl.regiokompas.api.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A gemeente's input on one criterion in one layer: an optional leaning scale and its argument. */
public record RecordCriterionInput(@TargetAggregateIdentifier String assessmentId, String gemeente, String layer,
                                   String criterion, String leaning, String text,
                                   @TargetAggregateVersion Long expectedVersion) {
}
