package nl.regiokompas.query.rebuild;

import java.util.List;
import java.util.Optional;

import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.rebuild.AwaitProjectionsCaughtUp;
import nl.regiokompas.api.rebuild.AwaitRebuild;
import nl.regiokompas.api.rebuild.FindRebuildStatus;
import nl.regiokompas.api.rebuild.RebuildProjections;
import nl.regiokompas.api.rebuild.RebuildStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** The rebuild as api messages, so that the web side reaches it like every other part of the query side. */
@Component
class RebuildQueries {

    private final ProjectionRebuilder rebuilder;

    RebuildQueries(ProjectionRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @QueryHandler
    RebuildStatus handle(RebuildProjections query) {
        return rebuilder.start(query.name()).started();
    }

    @QueryHandler
    RebuildStatus handle(AwaitRebuild query) {
        return rebuilder.rebuild(query.id())
                .orElseThrow(() -> RuleViolation.notFound("Herbouw " + query.id() + " is niet de laatste herbouw "
                        + "van deze instantie."))
                .awaitFinished(query.patience());
    }

    @QueryHandler
    Optional<RebuildStatus> handle(FindRebuildStatus query) {
        return rebuilder.status();
    }

    @QueryHandler
    Boolean handle(AwaitProjectionsCaughtUp query) {
        List<String> names = query.projections() == null || query.projections().isEmpty()
                ? rebuilder.rebuildable() : query.projections();
        return rebuilder.awaitCaughtUp(names, query.patience());
    }
}
