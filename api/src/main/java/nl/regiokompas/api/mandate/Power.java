package nl.regiokompas.api.mandate;

/** A decision and the mandate role (a code of the gouden driehoek) under whose mandate it falls. */
public record Power(String decision, String holderRole) {
}
