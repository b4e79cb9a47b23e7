package nl.regiokompas.api.assessment;

/** What happens after the bestuurlijke bevestiging, in the words of the region's note. */
public enum FollowUp {
    /** Direct opgepakt. */
    DIRECT_OPGEPAKT,
    /** Vraagt nadere uitwerking of besluitvorming. */
    NADERE_UITWERKING,
    /** Vraagt meer voorbereiding. */
    MEER_VOORBEREIDING
}
