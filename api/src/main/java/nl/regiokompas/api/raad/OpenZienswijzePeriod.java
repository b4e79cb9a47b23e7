package nl.regiokompas.api.raad;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The programmateam asks the raden for their zienswijze on the current revision, until {@code endsOn}. */
public record OpenZienswijzePeriod(@TargetAggregateIdentifier String assessmentId, LocalDate endsOn,
                                   @TargetAggregateVersion Long expectedVersion) {
}
