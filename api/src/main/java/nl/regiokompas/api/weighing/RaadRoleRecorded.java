package nl.regiokompas.api.weighing;

/** What a form means for the role of the raden; replaces the earlier text for that form. */
public record RaadRoleRecorded(String weighingId, String form, String text) {
}
