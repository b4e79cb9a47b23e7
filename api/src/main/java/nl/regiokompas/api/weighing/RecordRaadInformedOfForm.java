package nl.regiokompas.api.weighing;

import java.time.LocalDate;

import nl.regiokompas.api.raad.InformingKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The bestuurder or the griffier records that the own raad was informed of the chosen form. */
public record RecordRaadInformedOfForm(@TargetAggregateIdentifier String weighingId, String gemeente,
                                       InformingKind kind, LocalDate date, String reference) {
}
