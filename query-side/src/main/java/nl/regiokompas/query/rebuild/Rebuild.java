package nl.regiokompas.query.rebuild;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import nl.regiokompas.api.rebuild.RebuildStatus;

/** A rebuild that was started: how it stood when it started, and its outcome once it is over. */
public final class Rebuild {

    private final RebuildStatus started;
    private final CompletableFuture<RebuildStatus> outcome;

    Rebuild(RebuildStatus started, CompletableFuture<RebuildStatus> outcome) {
        this.started = started;
        this.outcome = outcome;
    }

    public RebuildStatus started() {
        return started;
    }

    /** The status once the rebuild is over, or the running status when it is not over within {@code patience}. */
    public RebuildStatus awaitFinished(Duration patience) {
        try {
            return outcome.get(patience.getSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return started;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return started;
        }
    }

    /** The latest status: the running one, or the outcome. */
    public RebuildStatus status() {
        return outcome.getNow(started);
    }

    boolean isOver() {
        return outcome.isDone();
    }
}
