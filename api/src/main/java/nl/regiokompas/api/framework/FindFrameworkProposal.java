package nl.regiokompas.api.framework;

/** Asks for one framework proposal by its version number. */
public record FindFrameworkProposal(int version) {
}
