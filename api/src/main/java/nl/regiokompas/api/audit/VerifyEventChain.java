package nl.regiokompas.api.audit;

/** Asks to recompute the hash chain over every stored event; answered with a {@link ChainVerification}. */
public record VerifyEventChain() {
}
