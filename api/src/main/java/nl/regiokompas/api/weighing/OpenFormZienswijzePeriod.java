package nl.regiokompas.api.weighing;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The programmateam asks the raden for their zienswijze on the current revision of the form, until {@code endsOn}. */
public record OpenFormZienswijzePeriod(@TargetAggregateIdentifier String weighingId, LocalDate endsOn) {
}
