package nl.regiokompas.api.assessment;

/** Where the follow-up of a precondition stands: open, geregeld (arranged) or vervallen (no longer needed). */
public enum PreconditionStatus {
    OPEN,
    GEREGELD,
    VERVALLEN
}
