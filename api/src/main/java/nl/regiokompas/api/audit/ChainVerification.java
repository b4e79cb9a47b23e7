package nl.regiokompas.api.audit;

/**
 * The outcome of recomputing the event hash chain, as published at {@code GET /api/audit/verify}.
 * Since V260 every aggregate's stream is a chain of its own and checkpoints chain the heads of all streams;
 * {@code headPosition}, {@code headHash} and {@code headAnchor} ({@code cp<number>:<hash>}) are the latest
 * checkpoint, {@code checkpointsChecked} the checkpoints walked, {@code globalLinksChecked} the links of the
 * global chain that V3 kept before V260 (still verified, not counted in {@code eventsChecked}).
 * {@code eventsChecked} counts the stream links examined: all of them when {@code ok}, else up to and including the
 * first broken one. {@code firstBrokenEvent} is the event identifier of the first broken link (null when ok);
 * {@code broken} says where and why. {@code headPosition} and {@code headHash} (hex) are the last link of the
 * chain as stored, to be published elsewhere so that a rewrite of the whole chain can be detected.
 * {@code ok} says only that the chain is consistent in itself; whether it is still the chain that someone
 * anchored earlier is answered by {@code anchor} (the anchor asked for, else null) and {@code anchorFile}
 * (the anchors of the anchor file, when asked for, else null).
 */
public record ChainVerification(boolean ok, long eventsChecked, String firstBrokenEvent, BrokenLink broken,
                                long headPosition, String headHash, AnchorCheck anchor,
                                AnchorFileCheck anchorFile, long checkpointsChecked, long globalLinksChecked,
                                String headAnchor) {

    /** The outcome of a walk of one chain only (V3's global chain), without checkpoints. */
    public ChainVerification(boolean ok, long eventsChecked, String firstBrokenEvent, BrokenLink broken,
                             long headPosition, String headHash, AnchorCheck anchor, AnchorFileCheck anchorFile) {
        this(ok, eventsChecked, firstBrokenEvent, broken, headPosition, headHash, anchor, anchorFile, 0, 0, null);
    }

    /** Why a link no longer matches. */
    public enum Problem {
        /** The event's row (payload, metadata, any column) differs from what was chained. */
        ALTERED,
        /** The chain names an event that is no longer in the event table. */
        MISSING,
        /** The link does not follow its predecessor: a link was removed, inserted or reordered. */
        OUT_OF_SEQUENCE,
        /** An event in the event table has no link at all: it was written past the chain. */
        UNCHAINED,
        /** A checkpoint was changed, removed or inserted: it no longer follows its predecessor or its hash differs. */
        CHECKPOINT_BROKEN,
        /** A stream that a checkpoint recorded has no events left: the whole stream was deleted. */
        STREAM_REMOVED,
        /** A stream ends before the head a checkpoint recorded: its newest events were deleted. */
        STREAM_TRUNCATED,
        /** A stream is consistent in itself but differs from the head a checkpoint recorded: it was rewritten. */
        STREAM_REWRITTEN
    }

    /** The first link that no longer matches: its position, its event as far as known, and the problem. */
    public record BrokenLink(Long position, String eventIdentifier, String aggregateIdentifier, Long sequenceNumber,
                             Long globalIndex, Problem problem, String description) {
    }
}
