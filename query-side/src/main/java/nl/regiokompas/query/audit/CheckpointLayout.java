package nl.regiokompas.query.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The bytes that one checkpoint of the event store covers, exactly as {@code event_checkpoint_write()} (Flyway
 * V260) hashes them. Checkpoint k = SHA-256 of:
 * <pre>
 *   previous hash (32 bytes; for checkpoint 1 the head hash of V3's global chain, 32 zero bytes when it is empty)
 *   || int8(k) || field(created_at) || int8(number of heads)
 *   || per head, in byte order of the UTF-8 aggregate identifier:
 *        field(aggregate_identifier) || int8(sequence_number) || hash of the stream's link at that sequence (32 bytes)
 * </pre>
 * with int8 and field as in {@link EventHashLayout}. A checkpoint lists the heads of the streams that moved since
 * the previous checkpoint, so the chain of checkpoints commits to the heads of all streams.
 */
public final class CheckpointLayout {

    /** The head of one stream as a checkpoint recorded it. */
    public record Head(String aggregateIdentifier, long sequenceNumber, byte[] hash) {
    }

    private static final Comparator<Head> BYTE_ORDER = (a, b) -> Arrays.compareUnsigned(utf8(a), utf8(b));

    private CheckpointLayout() {
    }

    public static byte[] hash(byte[] previous, long number, String createdAt, List<Head> heads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + heads.size() * 96);
        out.writeBytes(previous);
        EventHashLayout.int8(out, number);
        EventHashLayout.text(out, createdAt);
        EventHashLayout.int8(out, heads.size());
        heads.stream().sorted(BYTE_ORDER).forEach(head -> {
            EventHashLayout.text(out, head.aggregateIdentifier());
            EventHashLayout.int8(out, head.sequenceNumber());
            out.writeBytes(head.hash());
        });
        return EventHashLayout.sha256(out.toByteArray());
    }

    private static byte[] utf8(Head head) {
        return head.aggregateIdentifier().getBytes(StandardCharsets.UTF_8);
    }
}
