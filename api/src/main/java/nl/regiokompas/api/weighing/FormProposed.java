package nl.regiokompas.api.weighing;

/** Revision {@code revision} proposes {@code form}; confirmations of earlier revisions no longer count. */
public record FormProposed(String weighingId, int revision, String form, String rationale) {
}
