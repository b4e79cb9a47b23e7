package nl.regiokompas.query.support;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the projections are kept and rebuilt.
 *
 * @param batchSize  events a projection handles in one transaction, live and in a rebuild (1 to 10,000)
 * @param rebuildTimeout how long a rebuild at start-up ({@code regiokompas.rebuild-projections=true}) may take
 * @param rebuildBatchSize events a rebuild replays into its copies in one transaction per projection (1 to 100,000)
 * @param batchGatheringMillis under a steady stream of events, how long a projection gathers events into one batch
 *                  at most (0 to 1,000 ms; 0: every batch takes what is there at once); see {@link GatheredEvents}
 * @param documentSnapshotInterval every how many events of an assessment the assessment board keeps its document
 *                  as a snapshot, from which the as-of view folds only the tail (1 to 100,000)
 */
@Validated
@ConfigurationProperties("regiokompas.projections")
public record ProjectionProperties(@DefaultValue("100") @Min(1) @Max(10_000) int batchSize,
                                  @DefaultValue("PT10M") @NotNull Duration rebuildTimeout,
                                  @DefaultValue("2000") @Min(1) @Max(100_000) int rebuildBatchSize,
                                  @DefaultValue("250") @Min(1) @Max(100_000) int documentSnapshotInterval,
                                  @DefaultValue("10") @Min(0) @Max(1_000) int batchGatheringMillis) {
}
