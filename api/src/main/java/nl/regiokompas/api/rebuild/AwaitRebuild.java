package nl.regiokompas.api.rebuild;

import java.time.Duration;

/** Waits at most {@code patience} for rebuild {@code id} to end; answers its {@link RebuildStatus} then. */
public record AwaitRebuild(long id, Duration patience) {
}
