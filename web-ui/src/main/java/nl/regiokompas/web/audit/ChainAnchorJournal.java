package nl.regiokompas.web.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import nl.regiokompas.api.audit.FindChainHead;
import nl.regiokompas.api.audit.FindChainLink;
import nl.regiokompas.api.audit.HashChainAnchor;
import nl.regiokompas.api.audit.RecordedAnchor;
import nl.regiokompas.platform.storage.StorageProperties;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Appends the head of the event hash chain to the anchor file once the application is ready and then every
 * {@code regiokompas.audit.anchor-interval} (5 minutes), whenever the head moved since the last line. Before
 * appending it checks that the chain still holds the last recorded anchor and logs an error when it does not
 * (a rewrite of the chain). Only where the events are in PostgreSQL: with Axon Server there is no chain.
 * The file is {@code regiokompas.audit.anchor-file}, by default {@code chain-anchors.log} in the data
 * directory; with a temporary embedded database (tests) in a temporary directory.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class ChainAnchorJournal {

    static final String FILE_NAME = "chain-anchors.log";
    private static final Logger log = LoggerFactory.getLogger(ChainAnchorJournal.class);

    private final QueryGateway queries;
    private final ChainAnchorFile file;
    private final Duration interval;
    private final Path temporaryDirectory;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "chain-anchors");
        thread.setDaemon(true);
        return thread;
    });
    private Optional<RecordedAnchor> last;

    ChainAnchorJournal(QueryGateway queries, AnchorProperties anchors, StorageProperties storage) throws IOException {
        String configuredFile = anchors.anchorFile();
        this.queries = queries;
        this.interval = anchors.anchorInterval();
        this.temporaryDirectory = storage.embedded().ephemeral() && !StringUtils.hasText(configuredFile)
                ? Files.createTempDirectory("regiokompas-anchors") : null;
        Path path = StringUtils.hasText(configuredFile) ? Path.of(configuredFile)
                : (temporaryDirectory != null ? temporaryDirectory : storage.dataDir()).resolve(FILE_NAME);
        this.file = new ChainAnchorFile(path.toAbsolutePath());
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        log.info("Hash-chain anchors are appended to {} every {}", file.path(), interval);
        schedule.scheduleWithFixedDelay(this::anchorQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Records the current head when it moved since the last recorded anchor; answers what it recorded. */
    synchronized Optional<RecordedAnchor> anchorNow() {
        Optional<HashChainAnchor> head = queries.query(new FindChainHead(),
                ResponseTypes.optionalInstanceOf(HashChainAnchor.class)).join();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Optional<RecordedAnchor> previous = lastRecorded();
        previous.ifPresent(this::warnWhenNoLongerHeld);
        if (previous.isPresent() && previous.get().anchor().equals(head.get())) {
            return Optional.empty();
        }
        RecordedAnchor recorded = new RecordedAnchor(Instant.now().truncatedTo(ChronoUnit.MILLIS), head.get());
        file.append(recorded);
        last = Optional.of(recorded);
        return last;
    }

    /** The file's anchors, for the auditor's check. */
    RecordedAnchor.File recorded() {
        return file.read();
    }

    Path path() {
        return file.path();
    }

    @PreDestroy
    void stop() throws IOException {
        schedule.shutdownNow();
        if (temporaryDirectory != null) {
            Files.deleteIfExists(file.path());
            Files.deleteIfExists(temporaryDirectory);
        }
    }

    private void anchorQuietly() {
        try {
            anchorNow();
        } catch (RuntimeException e) {
            log.warn("Could not record the hash-chain head in {}: {}", file.path(), e.toString());
        }
    }

    private void warnWhenNoLongerHeld(RecordedAnchor recorded) {
        HashChainAnchor anchor = recorded.anchor();
        Optional<HashChainAnchor> stored = queries.query(new FindChainLink(anchor.chain(), anchor.position()),
                ResponseTypes.optionalInstanceOf(HashChainAnchor.class)).join();
        if (!stored.equals(Optional.of(anchor))) {
            log.error("The hash chain no longer holds the anchor {} recorded at {} in {} (stored there now: {}): "
                            + "the chain was rewritten or shortened; check GET /api/audit/verify?anchors=file",
                    anchor.text(), recorded.recordedAt(), file.path(), stored.map(HashChainAnchor::text).orElse("none"));
        }
    }

    private Optional<RecordedAnchor> lastRecorded() {
        if (last == null) {
            List<RecordedAnchor> anchors = file.read().anchors();
            last = anchors.isEmpty() ? Optional.empty() : Optional.of(anchors.get(anchors.size() - 1));
        }
        return last;
    }
}
