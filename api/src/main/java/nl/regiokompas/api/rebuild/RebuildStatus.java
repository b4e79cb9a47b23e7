package nl.regiokompas.api.rebuild;

import java.time.Instant;
import java.util.List;

/**
 * Where a rebuild stands: the projections it rebuilds, RUNNING, DONE (swapped in) or FAILED (the live tables
 * were kept; {@code failure} says why), and when it started and finished.
 */
public record RebuildStatus(long id, List<String> projections, State state, Instant startedAt, Instant finishedAt,
                            String failure) {

    public enum State { RUNNING, DONE, FAILED }

    public static RebuildStatus running(long id, List<String> projections) {
        return new RebuildStatus(id, List.copyOf(projections), State.RUNNING, Instant.now(), null, null);
    }

    public RebuildStatus done() {
        return new RebuildStatus(id, projections, State.DONE, startedAt, Instant.now(), null);
    }

    public RebuildStatus failed(Throwable cause) {
        return new RebuildStatus(id, projections, State.FAILED, startedAt, Instant.now(), String.valueOf(cause));
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }
}
