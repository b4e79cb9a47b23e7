package nl.regiokompas.platform.command;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a command that lost a race for the same aggregate version to a writer in another application
 * instance (the event store's unique aggregate sequence refused the second append). The retry loads the
 * aggregate again, so the conflict resolver sees the winner's events and either merges or refuses with 409.
 * Refusals by the domain are never retried.
 */
class RacingWriteRetry implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(RacingWriteRetry.class);

    private final ScheduledExecutorService executor;
    private final int maxRetries;

    RacingWriteRetry(ScheduledExecutorService executor, int maxRetries) {
        this.executor = executor;
        this.maxRetries = maxRetries;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (!lostARace(lastFailure) || failures.size() > maxRetries) {
            return false;
        }
        long delay = ThreadLocalRandom.current().nextLong(5, 25L * failures.size());
        log.debug("Retrying {} after a racing write ({} ms)", commandMessage.getCommandName(), delay);
        executor.schedule(commandDispatch, delay, TimeUnit.MILLISECONDS);
        return true;
    }

    static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConflictingAggregateVersionException) {
                return false;
            }
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
