package nl.regiokompas.api.framework;

/** Asks for every framework proposal, newest first. */
public record ListFrameworkProposals() {
}
