package nl.regiokompas.api.assessment;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Gremium {@code gremium} (a code of the framework's gremia) discussed revision {@code revision} on {@code date}, or,
 * with {@code gemeente}, that gemeente's confirmation of the revision.
 */
public record RecordGremiumDiscussion(@TargetAggregateIdentifier String assessmentId, String gremium, LocalDate date,
                                      int revision, String gemeente, String note,
                                      @TargetAggregateVersion Long expectedVersion) {
}
