package nl.regiokompas.api.audit;

/** Asks for the last link of the event hash chain as stored: a {@link HashChainAnchor}, or none when empty. */
public record FindChainHead() {
}
