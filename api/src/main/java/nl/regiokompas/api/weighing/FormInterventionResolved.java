package nl.regiokompas.api.weighing;

import nl.regiokompas.api.assessment.InterventionOutcome;

public record FormInterventionResolved(String weighingId, String interventionId, String gemeente,
                                       InterventionOutcome outcome, String note) {
}
