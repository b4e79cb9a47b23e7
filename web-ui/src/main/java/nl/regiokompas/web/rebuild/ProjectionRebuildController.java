package nl.regiokompas.web.rebuild;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import nl.regiokompas.api.rebuild.AwaitRebuild;
import nl.regiokompas.api.rebuild.FindRebuildStatus;
import nl.regiokompas.api.rebuild.RebuildProjections;
import nl.regiokompas.api.rebuild.RebuildStatus;
import nl.regiokompas.web.query.InvalidQueryParameter;
import nl.regiokompas.web.query.NotFound;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static nl.regiokompas.web.query.Params.optional;

/**
 * Rebuilds one projection ({@code name}) or all of them beside the live tables; for the programmateam (the
 * security configuration guards {@code /api/admin/**}). With {@code wait=true} it answers once the rebuilt
 * tables are swapped in, or after {@code waitSeconds} (default 60, at most an hour). While a rebuild runs,
 * another request is answered 409 with the running one's status; GET answers the status of the running or
 * last rebuild.
 */
@RestController
class ProjectionRebuildController {

    static final long MAX_WAIT_SECONDS = 3600;

    private final QueryGateway queries;

    ProjectionRebuildController(QueryGateway queries) {
        this.queries = queries;
    }

    private static final Duration AWAIT_STEP = Duration.ofSeconds(20);

    record Rebuilt(List<String> rebuilt, Boolean caughtUp, RebuildStatus status) {
    }

    @PostMapping("/api/admin/projections/rebuild")
    Rebuilt rebuild(@RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean wait,
                    @RequestParam(defaultValue = "60") long waitSeconds) {
        if (waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS) {
            throw new InvalidQueryParameter("waitSeconds", "Wacht 0 tot " + MAX_WAIT_SECONDS + " seconden; "
                    + waitSeconds + " kan niet.");
        }
        RebuildStatus started = ask(new RebuildProjections(optional(name)));
        if (!wait) {
            return new Rebuilt(started.projections(), null, started);
        }
        RebuildStatus outcome = await(started, Duration.ofSeconds(waitSeconds));
        return new Rebuilt(outcome.projections(), outcome.state() == RebuildStatus.State.DONE, outcome);
    }

    /**
     * Waits in steps shorter than Axon's timeout of a query handler (30 s): one long wait would be cut off by it and
     * answer 500, and its interruption could fail the rebuild.
     */
    private RebuildStatus await(RebuildStatus started, Duration wait) {
        java.time.Instant deadline = java.time.Instant.now().plus(wait);
        RebuildStatus status = started;
        while (status.state() == RebuildStatus.State.RUNNING) {
            Duration left = Duration.between(java.time.Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                break;
            }
            status = ask(new AwaitRebuild(started.id(), left.compareTo(AWAIT_STEP) < 0 ? left : AWAIT_STEP));
        }
        return status;
    }

    @GetMapping("/api/admin/projections/rebuild")
    RebuildStatus status() {
        Optional<RebuildStatus> status = unwrapped(() -> queries.query(new FindRebuildStatus(),
                ResponseTypes.optionalInstanceOf(RebuildStatus.class)).join());
        return status.orElseThrow(() -> new NotFound("Sinds de start van deze instantie is er geen herbouw van de "
                + "projecties geweest."));
    }

    private RebuildStatus ask(Object query) {
        return unwrapped(() -> queries.query(query, RebuildStatus.class).join());
    }

    /** The query side's own refusal (a rebuild that already runs) answers as itself, with the running status. */
    private static <T> T unwrapped(java.util.function.Supplier<T> answer) {
        try {
            return answer.get();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
