package nl.regiokompas.api.assessment;

/** The assessment learnt the active mandate of its theme (null: none); a change of it revises a current package. */
public record ThemeMandateFollowed(String assessmentId, int cycle, String mandateId, long mandateVersion) {
}
