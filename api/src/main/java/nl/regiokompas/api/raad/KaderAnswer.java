package nl.regiokompas.api.raad;

/** A bestuurder's answer, when confirming, whether the package stays within one kader of the own raad. */
public record KaderAnswer(String kaderId, Boolean within, String explanation) {
}
