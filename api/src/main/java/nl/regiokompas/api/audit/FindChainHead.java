package nl.regiokompas.api.audit;

/** Asks for the latest checkpoint as stored: a {@link HashChainAnchor} ({@code cp<number>:<hash>}), or none when there is none yet. */
public record FindChainHead() {
}
