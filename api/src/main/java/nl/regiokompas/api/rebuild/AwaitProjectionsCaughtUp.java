package nl.regiokompas.api.rebuild;

import java.time.Duration;
import java.util.List;

/** Waits at most {@code patience} until the named projections reached the head of the event store; answers whether they did. */
public record AwaitProjectionsCaughtUp(List<String> projections, Duration patience) {
}
