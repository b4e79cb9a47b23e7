package nl.regiokompas.api.assessment;

/** What a gemeente does when it intervenes locally on a regional proposal. */
public enum InterventionKind {
    BEZWAAR,
    LOKALE_AFWIJKING,
    UITSTEL
}
