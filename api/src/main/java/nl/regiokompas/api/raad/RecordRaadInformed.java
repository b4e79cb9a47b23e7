package nl.regiokompas.api.raad;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The bestuurder or the griffier records that the raad was informed of the gemeente's confirmation. */
public record RecordRaadInformed(@TargetAggregateIdentifier String assessmentId, String gemeente, InformingKind kind,
                                 LocalDate date, String reference, @TargetAggregateVersion Long expectedVersion) {
}
