package nl.regiokompas.query.audit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.regiokompas.api.audit.ChainVerification.BrokenLink;
import nl.regiokompas.api.audit.ChainVerification.Problem;
import nl.regiokompas.query.audit.CheckpointLayout.Head;

/**
 * Recomputes the chain of checkpoints, in number order, and stops at the first checkpoint that no longer
 * matches (changed, removed or inserted: {@code CHECKPOINT_BROKEN}). Pure. On the way it folds the heads of all
 * streams as the verified checkpoints recorded them, for {@link StreamWalk} to hold the streams against.
 */
public final class CheckpointWalk {

    /** One stored checkpoint with the heads it lists. */
    public record Checkpoint(long number, byte[] previousHash, String createdAt, long headCount, byte[] hash,
                             List<Head> heads) {
    }

    /** The head of a stream as the checkpoint {@code checkpoint} recorded it. */
    public record CheckpointedHead(long sequenceNumber, byte[] hash, long checkpoint) {
    }

    private final Set<Long> anchorNumbers;
    private final Map<Long, byte[]> verifiedHashAtAnchor = new HashMap<>();
    private final Map<String, CheckpointedHead> heads = new HashMap<>();
    private byte[] previous;
    private long expectedNumber = 1;
    private long checked;
    private BrokenLink broken;

    /** @param start the hash checkpoint 1 follows: the head of V3's global chain, or 32 zero bytes */
    public CheckpointWalk(byte[] start, Set<Long> anchorNumbers) {
        this.previous = start.clone();
        this.anchorNumbers = Set.copyOf(anchorNumbers);
    }

    public boolean accept(Checkpoint checkpoint) {
        if (broken != null) {
            return false;
        }
        checked++;
        if (checkpoint.number() != expectedNumber || !Arrays.equals(checkpoint.previousHash(), previous)) {
            return broke(checkpoint, "Controlepunt " + checkpoint.number() + " sluit niet aan op het vorige "
                    + "(verwacht controlepunt " + expectedNumber + "): een controlepunt is verwijderd, ingevoegd of "
                    + "gewijzigd.");
        }
        byte[] recomputed = CheckpointLayout.hash(previous, checkpoint.number(), checkpoint.createdAt(),
                checkpoint.heads());
        if (checkpoint.heads().size() != checkpoint.headCount() || !Arrays.equals(recomputed, checkpoint.hash())) {
            return broke(checkpoint, "Controlepunt " + checkpoint.number() + " is gewijzigd nadat het werd "
                    + "vastgelegd.");
        }
        checkpoint.heads().forEach(head -> heads.put(head.aggregateIdentifier(),
                new CheckpointedHead(head.sequenceNumber(), head.hash(), checkpoint.number())));
        if (anchorNumbers.contains(checkpoint.number())) {
            verifiedHashAtAnchor.put(checkpoint.number(), recomputed);
        }
        previous = recomputed;
        expectedNumber++;
        return true;
    }

    /** The heads of all streams as the verified checkpoints recorded them, by aggregate. */
    public Map<String, CheckpointedHead> heads() {
        return Map.copyOf(heads);
    }

    public BrokenLink broken() {
        return broken;
    }

    public long checked() {
        return checked;
    }

    byte[] verifiedHashAt(long number) {
        return verifiedHashAtAnchor.get(number);
    }

    private boolean broke(Checkpoint checkpoint, String description) {
        broken = new BrokenLink(checkpoint.number(), null, null, null, null, Problem.CHECKPOINT_BROKEN, description);
        return false;
    }
}
