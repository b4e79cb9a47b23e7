package nl.regiokompas.web.rebuild;

import java.time.Duration;
import java.util.List;

import nl.regiokompas.query.rebuild.ProjectionRebuilder;
import nl.regiokompas.query.rebuild.Rebuild;
import nl.regiokompas.query.rebuild.RebuildStatus;
import nl.regiokompas.web.query.InvalidQueryParameter;
import nl.regiokompas.web.query.NotFound;
import org.springframework.beans.factory.ObjectProvider;
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

    private final ObjectProvider<ProjectionRebuilder> rebuilder;

    ProjectionRebuildController(ObjectProvider<ProjectionRebuilder> rebuilder) {
        this.rebuilder = rebuilder;
    }

    record Rebuilt(List<String> rebuilt, Boolean caughtUp, RebuildStatus status) {
    }

    @PostMapping("/api/admin/projections/rebuild")
    Rebuilt rebuild(@RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean wait,
                    @RequestParam(defaultValue = "60") long waitSeconds) {
        if (waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS) {
            throw new InvalidQueryParameter("waitSeconds", "Wacht 0 tot " + MAX_WAIT_SECONDS + " seconden; "
                    + waitSeconds + " kan niet.");
        }
        Rebuild rebuild = projections().start(optional(name));
        if (!wait) {
            return new Rebuilt(rebuild.started().projections(), null, rebuild.started());
        }
        RebuildStatus outcome = rebuild.awaitFinished(Duration.ofSeconds(waitSeconds));
        return new Rebuilt(outcome.projections(), outcome.state() == RebuildStatus.State.DONE, outcome);
    }

    @GetMapping("/api/admin/projections/rebuild")
    RebuildStatus status() {
        return projections().status().orElseThrow(() -> new NotFound("Sinds de start van deze instantie is er "
                + "geen herbouw van de projecties geweest."));
    }

    private ProjectionRebuilder projections() {
        ProjectionRebuilder projections = rebuilder.getIfAvailable();
        if (projections == null) {
            throw new NotFound("Deze instantie draait zonder query side; bouw de projecties opnieuw op bij de "
                    + "instantie die ze bijhoudt.");
        }
        return projections;
    }
}
