package nl.regiokompas.api.audit;

/**
 * Asks to recompute the hash chain over every stored event; answered with a {@link ChainVerification}.
 * Optionally also checks an anchor kept outside the database, and the anchors of the anchor file.
 */
public record VerifyEventChain(HashChainAnchor anchor, RecordedAnchor.File anchorFile) {

    public VerifyEventChain() {
        this(null, null);
    }
}
