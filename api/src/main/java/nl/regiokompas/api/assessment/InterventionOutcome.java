package nl.regiokompas.api.assessment;

/** How an intervention ends: withdrawn, taken over into a new revision, or overruled with a reason. */
public enum InterventionOutcome {
    INGETROKKEN,
    OVERGENOMEN,
    VERWORPEN
}
