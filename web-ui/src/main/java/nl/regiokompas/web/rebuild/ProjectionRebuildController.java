package nl.regiokompas.web.rebuild;

import java.time.Duration;
import java.util.List;

import nl.regiokompas.query.rebuild.ProjectionRebuilder;
import nl.regiokompas.web.query.InvalidQueryParameter;
import nl.regiokompas.web.query.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static nl.regiokompas.web.query.Params.optional;

/**
 * Drops and replays one projection ({@code name}) or all of them; for the programmateam (the security
 * configuration guards {@code /api/admin/**}). With {@code wait=true} it answers once the rebuilt
 * projections have caught up with the event store, or after {@code waitSeconds} (default 60, at most an hour).
 */
@RestController
class ProjectionRebuildController {

    static final long MAX_WAIT_SECONDS = 3600;

    private final ObjectProvider<ProjectionRebuilder> rebuilder;

    ProjectionRebuildController(ObjectProvider<ProjectionRebuilder> rebuilder) {
        this.rebuilder = rebuilder;
    }

    record Rebuilt(List<String> rebuilt, Boolean caughtUp) {
    }

    @PostMapping("/api/admin/projections/rebuild")
    Rebuilt rebuild(@RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean wait,
                    @RequestParam(defaultValue = "60") long waitSeconds) {
        if (waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS) {
            throw new InvalidQueryParameter("waitSeconds", "Wacht 0 tot " + MAX_WAIT_SECONDS + " seconden; "
                    + waitSeconds + " kan niet.");
        }
        ProjectionRebuilder projections = rebuilder.getIfAvailable();
        if (projections == null) {
            throw new NotFound("Deze instantie draait zonder query side; bouw de projecties opnieuw op bij de "
                    + "instantie die ze bijhoudt.");
        }
        List<String> names = projections.rebuild(optional(name));
        Boolean caughtUp = wait ? projections.awaitCaughtUp(names, Duration.ofSeconds(waitSeconds)) : null;
        return new Rebuilt(names, caughtUp);
    }
}
