package nl.regiokompas.api.audit;

/** Asks for the link at a position of the event hash chain as stored: a {@link HashChainAnchor}, or none. */
public record FindChainLink(long position) {
}
