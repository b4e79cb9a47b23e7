package nl.regiokompas.api.audit;

/** Asks for the stored point of a chain at a position (a checkpoint, or a link of V3's global chain): a {@link HashChainAnchor}, or none. */
public record FindChainLink(HashChainAnchor.Chain chain, long position) {
}
