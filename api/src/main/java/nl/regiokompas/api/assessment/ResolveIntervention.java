package nl.regiokompas.api.assessment;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Ends an intervention (INGETROKKEN, OVERGENOMEN into {@code revision}) or refers it to the Bestuurstafel of
 * {@code bestuurstafelOn} (DOORVERWEZEN; it stays open).
 */
public record ResolveIntervention(@TargetAggregateIdentifier String assessmentId, String interventionId,
                                  InterventionOutcome outcome, String note, Integer revision,
                                  LocalDate bestuurstafelOn, @TargetAggregateVersion Long expectedVersion) {

    public ResolveIntervention(String assessmentId, String interventionId, InterventionOutcome outcome, String note,
                               Long expectedVersion) {
        this(assessmentId, interventionId, outcome, note, null, null, expectedVersion);
    }
}
