package nl.regiokompas.api.audit;

import java.time.Instant;

/**
 * Whether the stored chain still matches an anchor kept outside the database. {@code matches} is true only
 * when the chain verifies from its first link through the anchor's position and the link there has the
 * anchor's hash. {@code chainHash} is the hash the chain has at that position now (null when the walk did
 * not get there). {@code recordedAt} is when the anchor file recorded it (null for an anchor given in the URL).
 */
public record AnchorCheck(long position, String hash, Instant recordedAt, boolean matches, Outcome outcome,
                          String chainHash, String detail) {

    public enum Outcome {
        /** The chain verifies through the anchor's position and has the anchor's hash there. */
        MATCHES,
        /** The chain verifies through that position but has another hash there: rewritten since. */
        DIFFERS,
        /** The chain is broken at or before that position, so the anchor cannot be confirmed. */
        CHAIN_BROKEN,
        /** The chain is shorter than the anchor's position: events were removed, or another chain's anchor. */
        BEYOND_HEAD
    }
}
