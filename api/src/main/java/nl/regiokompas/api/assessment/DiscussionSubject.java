package nl.regiokompas.api.assessment;

/** What a gremium discussed: a proposal revision, or a gemeente's confirmation of one. */
public enum DiscussionSubject {
    REVISIE,
    BEVESTIGING
}
