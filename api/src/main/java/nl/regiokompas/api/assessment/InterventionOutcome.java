package nl.regiokompas.api.assessment;

/**
 * How an intervention ends. DOORVERWEZEN refers it to the Bestuurstafel and leaves it open
 * ({@link InterventionReferred}); AFWIJKING_AANVAARD follows from the consent of every other participant
 * ({@link ConsentToDeviation}).
 */
public enum InterventionOutcome {
    INGETROKKEN,
    OVERGENOMEN,
    AFWIJKING_AANVAARD,
    DOORVERWEZEN,
    /**
     * No longer chosen: the programmateam cannot overrule a gemeente. Kept so that events recorded with it keep their
     * meaning in the history.
     */
    @Deprecated
    VERWORPEN
}
