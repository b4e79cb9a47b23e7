package nl.regiokompas.query.rebuild;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Started with {@code --regiokompas.rebuild-projections=true}, the application rebuilds every projection once
 * it is ready, and logs when they have caught up with the event store.
 */
@Component
@ConditionalOnProperty(name = "regiokompas.rebuild-projections", havingValue = "true")
class RebuildOnStartup {

    private static final Logger log = LoggerFactory.getLogger(RebuildOnStartup.class);

    private final ProjectionRebuilder rebuilder;
    private final Duration patience;

    RebuildOnStartup(ProjectionRebuilder rebuilder,
                     @Value("${regiokompas.rebuild-projections-timeout:PT10M}") Duration patience) {
        this.rebuilder = rebuilder;
        this.patience = patience;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildAll() {
        List<String> names = rebuilder.rebuild(null);
        log.info("Rebuilding projections {} at start-up", names);
        if (rebuilder.awaitCaughtUp(names, patience)) {
            log.info("Projections {} rebuilt and caught up with the event store", names);
        } else {
            log.warn("Projections {} not caught up after {}; they keep replaying in the background", names, patience);
        }
    }
}
