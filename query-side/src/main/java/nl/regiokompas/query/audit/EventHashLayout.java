package nl.regiokompas.query.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes that one link of the event hash chain covers, exactly as the database trigger
 * {@code event_hash_chain_append} (Flyway V3) hashes them, so that the chain can be recomputed from the events
 * themselves. Since V260 each aggregate's stream is chained on its own: "previous hash" is the hash of the
 * link of the previous event of the same aggregate (V3's frozen global chain: of the previous link in storage
 * order). Link n = SHA-256 of:
 * <pre>
 *   previous hash (32 bytes; 32 zero bytes for the first link of a chain)
 *   || int8(global_index)
 *   || field(event_identifier) || field(aggregate_identifier)
 *   || int8(sequence_number)
 *   || field(type) || field(time_stamp) || field(payload_type) || field(payload_revision)
 *   || field(payload) || field(meta_data)
 * </pre>
 * int8: 8 bytes big-endian two's complement; int4: 4 bytes big-endian; field(x) = int4(byte length of x) ||
 * the bytes of x (texts in UTF-8); field(null) = int4(-1) and no bytes. Every field is length-prefixed, so no
 * two different rows have the same byte string.
 */
public final class EventHashLayout {

    public static final String ALGORITHM = "SHA-256";
    public static final int HASH_LENGTH = 32;
    private static final byte[] GENESIS = new byte[HASH_LENGTH];

    private EventHashLayout() {
    }

    /** The previous hash of the first link: 32 zero bytes. */
    public static byte[] genesis() {
        return GENESIS.clone();
    }

    /** The stored columns of one row of {@code domain_event_entry}, as the database holds them. */
    public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier,
                              long sequenceNumber, String type, String timeStamp, String payloadType,
                              String payloadRevision, byte[] payload, byte[] metaData) {
    }

    /** The bytes hashed for the link of {@code event} after the link with hash {@code previous}. */
    public static byte[] bytes(byte[] previous, StoredEvent event) {
        if (previous == null || previous.length != HASH_LENGTH) {
            throw new IllegalArgumentException("The previous hash must have " + HASH_LENGTH + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + length(event.payload()) + length(event.metaData()));
        out.writeBytes(previous);
        int8(out, event.globalIndex());
        text(out, event.eventIdentifier());
        text(out, event.aggregateIdentifier());
        int8(out, event.sequenceNumber());
        text(out, event.type());
        text(out, event.timeStamp());
        text(out, event.payloadType());
        text(out, event.payloadRevision());
        field(out, event.payload());
        field(out, event.metaData());
        return out.toByteArray();
    }

    /** The hash of the link of {@code event} after the link with hash {@code previous}. */
    public static byte[] link(byte[] previous, StoredEvent event) {
        return sha256(bytes(previous, event));
    }

    public static String hex(byte[] hash) {
        return hash == null ? null : HexFormat.of().formatHex(hash);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance(ALGORITHM).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static void int8(ByteArrayOutputStream out, long value) {
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    }

    private static void int4(ByteArrayOutputStream out, int value) {
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value).array());
    }

    static void text(ByteArrayOutputStream out, String value) {
        field(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        if (value == null) {
            int4(out, -1);
        } else {
            int4(out, value.length);
            out.writeBytes(value);
        }
    }

    private static int length(byte[] value) {
        return value == null ? 0 : value.length;
    }
}
