package nl.regiokompas.api.weighing;

import nl.regiokompas.api.assessment.InterventionKind;

public record FormInterventionOpened(String weighingId, String interventionId, String gemeente, int revision,
                                     InterventionKind kind, String reason) {
}
