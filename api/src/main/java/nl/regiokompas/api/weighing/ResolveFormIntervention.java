package nl.regiokompas.api.weighing;

import java.time.LocalDate;

import nl.regiokompas.api.assessment.InterventionOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ends an intervention on the proposed form (INGETROKKEN, OVERGENOMEN into the later {@code revision}) or refers it
 * to the Bestuurstafel of {@code bestuurstafelOn} (DOORVERWEZEN; it stays open), by the rules of an assessment's.
 */
public record ResolveFormIntervention(@TargetAggregateIdentifier String weighingId, String interventionId,
                                      InterventionOutcome outcome, String note, Integer revision,
                                      LocalDate bestuurstafelOn) {

    public ResolveFormIntervention(String weighingId, String interventionId, InterventionOutcome outcome,
                                   String note) {
        this(weighingId, interventionId, outcome, note, null, null);
    }
}
