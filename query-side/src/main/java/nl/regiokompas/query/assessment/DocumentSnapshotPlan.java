package nl.regiokompas.query.assessment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When the assessment board keeps a document as a snapshot for the as-of view: when its version passes a multiple
 * of the interval (so one snapshot per interval, however the events fall into batches), never for the opening.
 * A snapshot carries {@code eventsUntil}, the latest timestamp of the events up to it, rounded up to the
 * microsecond that PostgreSQL keeps: an as-of read may start from it only for an instant at or after that.
 */
final class DocumentSnapshotPlan {

    private final long interval;

    DocumentSnapshotPlan(long interval) {
        this.interval = interval;
    }

    /** Whether the document that went from version {@code previous} (-1: none) to {@code next} is kept. */
    boolean due(long previous, long next) {
        return Math.floorDiv(next, interval) > Math.floorDiv(previous, interval) && next >= interval;
    }

    /**
     * The latest timestamp of the events up to this one; null (unknown) when the stored document had none: a row
     * written before these timestamps were kept gets them again only from a rebuild.
     */
    static Instant eventsUntil(boolean first, Instant before, Instant event) {
        Instant at = roundedUp(event);
        if (first) {
            return at;
        }
        if (before == null) {
            return null;
        }
        return at.isAfter(before) ? at : before;
    }

    private static Instant roundedUp(Instant instant) {
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        return micros.equals(instant) ? micros : micros.plus(1, ChronoUnit.MICROS);
    }
}
