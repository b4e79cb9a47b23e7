package nl.regiokompas.api.audit;

/**
 * The outcome of recomputing the event hash chain, as published at {@code GET /api/audit/verify}.
 * {@code eventsChecked} counts the links examined: all of them when {@code ok}, else up to and including the
 * first broken one. {@code firstBrokenEvent} is the event identifier of the first broken link (null when ok);
 * {@code broken} says where and why. {@code headPosition} and {@code headHash} (hex) are the last link of the
 * chain as stored, to be published elsewhere so that a rewrite of the whole chain can be detected.
 * {@code ok} says only that the chain is consistent in itself; whether it is still the chain that someone
 * anchored earlier is answered by {@code anchor} (the anchor asked for, else null) and {@code anchorFile}
 * (the anchors of the anchor file, when asked for, else null).
 */
public record ChainVerification(boolean ok, long eventsChecked, String firstBrokenEvent, BrokenLink broken,
                                long headPosition, String headHash, AnchorCheck anchor,
                                AnchorFileCheck anchorFile) {

    /** Why a link no longer matches. */
    public enum Problem {
        /** The event's row (payload, metadata, any column) differs from what was chained. */
        ALTERED,
        /** The chain names an event that is no longer in the event table. */
        MISSING,
        /** The link does not follow its predecessor: a link was removed, inserted or reordered. */
        OUT_OF_SEQUENCE,
        /** An event in the event table has no link at all: it was written past the chain. */
        UNCHAINED
    }

    /** The first link that no longer matches: its position, its event as far as known, and the problem. */
    public record BrokenLink(Long position, String eventIdentifier, String aggregateIdentifier, Long sequenceNumber,
                             Long globalIndex, Problem problem, String description) {
    }
}
