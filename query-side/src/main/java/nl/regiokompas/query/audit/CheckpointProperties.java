package nl.regiokompas.query.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param checkpointInterval how often the heads of the streams that moved are committed to a checkpoint (at least 100 ms) */
@ConfigurationProperties("regiokompas.audit")
public record CheckpointProperties(@DefaultValue("5s") Duration checkpointInterval) {

    public CheckpointProperties {
        if (checkpointInterval == null || checkpointInterval.toMillis() < 100) {
            throw new IllegalArgumentException("regiokompas.audit.checkpoint-interval is at least 100ms, not "
                    + checkpointInterval);
        }
    }
}
