package nl.regiokompas.api.weighing;

import nl.regiokompas.api.raad.Raadsbesluit;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The griffier records the own raad's zienswijze on the proposed form during an open zienswijze period. */
public record RecordFormZienswijze(@TargetAggregateIdentifier String weighingId, String gemeente, String text,
                                   Raadsbesluit raadsbesluit) {
}
