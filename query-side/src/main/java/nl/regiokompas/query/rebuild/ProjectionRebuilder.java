package nl.regiokompas.query.rebuild;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.rebuild.RebuildAlreadyRunning;
import nl.regiokompas.api.rebuild.RebuildStatus;
import nl.regiokompas.query.support.HandledPayloads;
import nl.regiokompas.query.support.ProjectionGroups;
import nl.regiokompas.query.support.ProjectionProperties;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

import static nl.regiokompas.query.rebuild.ShadowReplay.positionOf;

/**
 * Rebuilds projections beside the live tables, one rebuild at a time, in the background:
 * <ol>
 * <li>creates empty copies of the projections' tables in the schema {@link ShadowTables#SCHEMA};</li>
 * <li>replays the event stream from the first event into them with the projections' own handlers, while the
 * live processors keep the live tables up to date and readers read those;</li>
 * <li>close to the head, pauses the live processors, replays the last events (at least up to where the live
 * processors were), and in one transaction drops the live tables, moves the replayed ones in their place and
 * sets the processors' tokens to the last replayed event;</li>
 * <li>starts the processors again, always, also when a step failed: a failed rebuild keeps the live tables.</li>
 * </ol>
 * With several query-side instances, the processors must run on the instance that rebuilds; a rebuild fails,
 * changing nothing, when another instance holds a processor's token.
 */
@Component
public class ProjectionRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    private static final Duration EVENT_PATIENCE = Duration.ofSeconds(30);
    /** How long the swap may wait for a reader of the live tables before it lets go and tries again. */
    private static final String SWAP_LOCK_TIMEOUT = "200ms";
    private static final int SWAP_ATTEMPTS = 100;
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;
    private final ObjectProvider<HandledPayloads> handledPayloads;
    private final int rebuildBatchSize;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong ids = new AtomicLong();
    private Rebuild latest;

    ProjectionRebuilder(EventProcessingConfiguration processing, EventStore eventStore, JdbcTemplate jdbc,
                        PlatformTransactionManager transactionManager, ApplicationEventPublisher publisher,
                        ProjectionProperties projections, ObjectProvider<HandledPayloads> handledPayloads) {
        this.handledPayloads = handledPayloads;
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.publisher = publisher;
        this.rebuildBatchSize = projections.rebuildBatchSize();
    }

    /** The processing groups that can be rebuilt, in name order. */
    public List<String> rebuildable() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor streaming
                        && streaming.supportsReset())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /**
     * Starts rebuilding one processing group, or every rebuildable one when {@code name} is null.
     *
     * @throws RuleViolation         when the name is not a group that can be rebuilt
     * @throws RebuildAlreadyRunning when a rebuild runs; it carries that rebuild's status
     */
    public synchronized Rebuild start(String name) {
        List<String> names = name == null ? rebuildable() : List.of(name);
        names.forEach(this::requireRebuildable);
        if (latest != null && !latest.isOver()) {
            throw new RebuildAlreadyRunning(latest.status());
        }
        RebuildStatus started = RebuildStatus.running(ids.incrementAndGet(), names);
        latest = new Rebuild(started, CompletableFuture.supplyAsync(() -> run(started), worker));
        return latest;
    }

    /** The status of the running rebuild, or of the last one since the start of the application. */
    public synchronized Optional<RebuildStatus> status() {
        return Optional.ofNullable(latest).map(Rebuild::status);
    }

    /** The latest rebuild, if it is the one with this id. */
    public synchronized Optional<Rebuild> rebuild(long id) {
        return Optional.ofNullable(latest).filter(rebuild -> rebuild.started().id() == id);
    }

    /**
     * Waits until a running rebuild is over and every named processor has processed every event that was in the
     * store when this call started; false when that did not happen within the timeout.
     */
    public boolean awaitCaughtUp(Collection<String> names, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Rebuild running;
        synchronized (this) {
            running = latest;
        }
        if (running != null) {
            running.awaitFinished(timeout);
        }
        long head = headPosition();
        while (!names.stream().allMatch(name -> reached(processor(name), head))) {
            if (Instant.now().isAfter(deadline)) {
                names.stream().filter(name -> !reached(processor(name), head)).forEach(name -> log.warn(
                        "Projection {} has not reached event {}: {}", name, head, processor(name).processingStatus()));
                return false;
            }
            sleep(POLL_INTERVAL);
        }
        return true;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private RebuildStatus run(RebuildStatus started) {
        List<String> names = started.projections();
        log.info("Rebuilding projections {} beside the live tables", names);
        try {
            rebuild(names);
            log.info("Projections {} rebuilt and swapped in", names);
            return started.done();
        } catch (Throwable e) {
            log.error("Rebuilding projections {} failed; the live tables stay as they were", names, e);
            return started.failed(e);
        }
    }

    private void rebuild(List<String> names) throws InterruptedException {
        List<StreamingEventProcessor> processors = names.stream().map(this::processor).toList();
        ShadowTables shadow = new ShadowTables(jdbc, names.stream()
                .flatMap(name -> ProjectionGroups.tables(name).stream()).toList());
        boolean swapped = false;
        try {
            shadow.create();
            try (ShadowReplay replay = new ShadowReplay(eventStore.openStream(null), handlers(processors),
                    transactions, jdbc, rebuildBatchSize)) {
                do {
                    replay.replayTo(headPosition(), EVENT_PATIENCE);
                } while (headPosition() - replay.position() > rebuildBatchSize);
                catchUpAndSwap(processors, shadow, replay);
                swapped = true;
                log.info("Rebuild replayed {} events; time per projection (ms): {}", replay.position() + 1,
                        replay.busyMillis());
            }
        } finally {
            if (!swapped) {
                dropQuietly(shadow);
            }
        }
        publisher.publishEvent(new ProjectionsRebuilt(names));
    }

    /** The live processors pause only for the last events and the swap; readers read the live tables meanwhile. */
    private void catchUpAndSwap(List<StreamingEventProcessor> processors, ShadowTables shadow, ShadowReplay replay)
            throws InterruptedException {
        try {
            CompletableFuture.allOf(processors.stream().map(StreamingEventProcessor::shutdownAsync)
                    .toArray(CompletableFuture[]::new)).join();
            long live = processors.stream().mapToLong(this::storedPosition).max().orElse(-1);
            replay.replayTo(Math.max(live, headPosition()), EVENT_PATIENCE);
            swap(shadow, processors, replay.token());
        } finally {
            processors.forEach(ProjectionRebuilder::startQuietly);
        }
    }

    /**
     * One transaction: the replayed tables replace the live ones and the processors go on after the last replayed
     * event. A reader holding a live table makes the swap give up after a moment and try again, so that readers
     * are never held up long and never fail.
     */
    private void swap(ShadowTables shadow, List<StreamingEventProcessor> processors, TrackingToken token) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> {
                    shadow.swapIn(SWAP_LOCK_TIMEOUT);
                    processors.forEach(processor -> storeToken(processor.getName(), token));
                });
                return;
            } catch (DataAccessException busy) {
                if (!lockTimedOut(busy) || attempt == SWAP_ATTEMPTS) {
                    throw busy;
                }
                sleep(POLL_INTERVAL);
            }
        }
    }

    /** PostgreSQL's {@code lock_timeout} (SQL state 55P03), which Spring's translation leaves uncategorized. */
    private static boolean lockTimedOut(DataAccessException e) {
        if (e instanceof PessimisticLockingFailureException) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void storeToken(String processorName, TrackingToken token) {
        TokenStore tokens = processing.tokenStore(processorName);
        int[] segments = tokens.fetchSegments(processorName);
        if (segments.length == 0) {
            tokens.initializeTokenSegments(processorName, 1, token);
        }
        for (int segment : segments) {
            tokens.storeToken(token, processorName, segment);
        }
    }

    /** The furthest position the processor stored; claims its tokens for this instance. */
    private long storedPosition(StreamingEventProcessor processor) {
        String name = processor.getName();
        TokenStore tokens = processing.tokenStore(name);
        try {
            return transactions.execute(status -> Arrays.stream(tokens.fetchSegments(name))
                    .mapToLong(segment -> positionOf(tokens.fetchToken(name, segment))).max().orElse(-1));
        } catch (UnableToClaimTokenException elsewhere) {
            throw new IllegalStateException("Projection " + name + " is processed by another instance; stop its "
                    + "processor there and rebuild again", elsewhere);
        }
    }

    /** The handlers of each processor, by the processor's name. */
    private Map<String, GroupHandlers> handlers(List<StreamingEventProcessor> processors) {
        List<HandledPayloads> narrowing = handledPayloads.orderedStream().toList();
        Map<String, GroupHandlers> handlers = new LinkedHashMap<>();
        processors.forEach(processor -> handlers.put(processor.getName(), new GroupHandlers(
                handlers(((AbstractEventProcessor) processor).eventHandlerInvoker())
                        .map(handler -> new GroupHandlers.Handler(handler, narrowingOf(handler, narrowing)))
                        .toList())));
        return handlers;
    }

    /** The projection bean behind an annotated handler, if it names the payload types it uses. */
    private static HandledPayloads narrowingOf(EventMessageHandler handler, List<HandledPayloads> narrowing) {
        if (handler instanceof AnnotationEventHandlerAdapter adapter) {
            return narrowing.stream().filter(bean -> ClassUtils.getUserClass(bean) == adapter.getTargetType())
                    .findFirst().orElse(null);
        }
        return null;
    }

    private static Stream<EventMessageHandler> handlers(EventHandlerInvoker invoker) {
        if (invoker instanceof MultiEventHandlerInvoker multiple) {
            return multiple.delegates().stream().flatMap(ProjectionRebuilder::handlers);
        }
        if (invoker instanceof SimpleEventHandlerInvoker simple) {
            return simple.eventHandlers().stream();
        }
        throw new IllegalStateException("Cannot replay the handlers of " + invoker);
    }

    private static void startQuietly(StreamingEventProcessor processor) {
        try {
            processor.start();
        } catch (RuntimeException e) {
            log.error("Projection processor {} did not start again after a rebuild", processor.getName(), e);
        }
    }

    private static void dropQuietly(ShadowTables shadow) {
        try {
            shadow.drop();
        } catch (RuntimeException e) {
            log.warn("Could not drop the tables of a failed rebuild; the next rebuild drops them", e);
        }
    }

    private void requireRebuildable(String name) {
        StreamingEventProcessor processor = processing
                .eventProcessorByProcessingGroup(name, StreamingEventProcessor.class)
                .orElseThrow(() -> unknownProjection(name));
        if (!processor.supportsReset() || !(processor instanceof AbstractEventProcessor)) {
            throw unknownProjection(name);
        }
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessorByProcessingGroup(name, StreamingEventProcessor.class)
                .orElseThrow(() -> unknownProjection(name));
    }

    private long headPosition() {
        return positionOf(eventStore.createHeadToken());
    }

    /**
     * Whether every segment processed the event at {@code head}. A replaying segment counts as well: Axon ends
     * the replay only when an event after the reset position arrives.
     */
    private static boolean reached(StreamingEventProcessor processor, long head) {
        if (head < 0) {
            return processor.isRunning();
        }
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return processor.isRunning() && !status.isEmpty() && status.values().stream().allMatch(segment -> {
            OptionalLong position = segment.getCurrentPosition();
            return !segment.isErrorState() && position.isPresent() && position.getAsLong() >= head;
        });
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for projections", e);
        }
    }

    private static RuleViolation unknownProjection(String name) {
        return RuleViolation.notFound("Onbekende of niet opnieuw op te bouwen projectie: " + name);
    }
}
