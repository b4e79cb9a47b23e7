package nl.regiokompas.query.rebuild;

import java.time.Duration;

import nl.regiokompas.api.rebuild.RebuildStatus;
import nl.regiokompas.query.support.ProjectionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Started with {@code --regiokompas.rebuild-projections=true}, the application rebuilds every projection once
 * it is ready (beside the live tables, see {@link ProjectionRebuilder}), and logs when they are swapped in.
 */
@Component
@ConditionalOnProperty(name = "regiokompas.rebuild-projections", havingValue = "true")
class RebuildOnStartup {

    private static final Logger log = LoggerFactory.getLogger(RebuildOnStartup.class);

    private final ProjectionRebuilder rebuilder;
    private final Duration patience;

    RebuildOnStartup(ProjectionRebuilder rebuilder,
                     ProjectionProperties projections) {
        this.rebuilder = rebuilder;
        this.patience = projections.rebuildTimeout();
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildAll() {
        Rebuild rebuild = rebuilder.start(null);
        log.info("Rebuilding projections {} at start-up", rebuild.started().projections());
        RebuildStatus outcome = rebuild.awaitFinished(patience);
        switch (outcome.state()) {
            case DONE -> log.info("Projections {} rebuilt and swapped in", outcome.projections());
            case FAILED -> log.warn("Rebuilding projections {} failed ({}); the earlier tables stay",
                    outcome.projections(), outcome.failure());
            case RUNNING -> log.warn("Projections {} not rebuilt after {}; the rebuild goes on in the background",
                    outcome.projections(), patience);
        }
    }
}
