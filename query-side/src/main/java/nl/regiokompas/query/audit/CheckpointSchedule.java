package nl.regiokompas.query.audit;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes a checkpoint of the streams that moved every {@code regiokompas.audit.checkpoint-interval} (5
 * seconds), in the background and in every instance; the database lets one instance at a time write one.
 * Only where the events are in PostgreSQL.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class CheckpointSchedule {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final ChainLinks links;
    private final CheckpointProperties properties;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "event-checkpoints");
        thread.setDaemon(true);
        return thread;
    });

    CheckpointSchedule(ChainLinks links, CheckpointProperties properties) {
        this.links = links;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long interval = properties.checkpointInterval().toMillis();
        schedule.scheduleWithFixedDelay(this::checkpointQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.shutdownNow();
    }

    private void checkpointQuietly() {
        try {
            links.checkpointNow();
        } catch (RuntimeException e) {
            log.warn("Could not write an event checkpoint: {}", e.toString());
        }
    }
}
