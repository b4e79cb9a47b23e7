package nl.regiokompas.command.route;

import java.util.function.BiConsumer;

import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.route.AddAgendaTheme;
import nl.regiokompas.api.route.EditGlossaryTerm;
import nl.regiokompas.api.route.RecordBestuurstafel;
import nl.regiokompas.api.route.ScoreTheme;
import nl.regiokompas.command.common.Caller;
import nl.regiokompas.command.framework.Framework;
import nl.regiokompas.command.framework.RegionFramework;
import nl.regiokompas.platform.region.RegionProperties;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Hands the route the terms of the framework in force (its themes and gemeenten), loaded from the framework
 * aggregate, and creates the route on its first command. The route itself never looks anything up.
 */
@Component
public class RouteCommands {

    private final RegionFramework regionFramework;
    private final Repository<Route> routeRepository;

    public RouteCommands(Repository<Framework> frameworkRepository, Repository<Route> routeRepository,
                         RegionProperties region) {
        this.regionFramework = new RegionFramework(frameworkRepository, region.regionCode());
        this.routeRepository = routeRepository;
    }

    @CommandHandler
    public void handle(AddAgendaTheme command, MetaData metaData) throws Exception {
        withTermsInForce(command.routeId(), (route, terms) -> route.handle(command, Caller.from(metaData), terms));
    }

    @CommandHandler
    public void handle(ScoreTheme command, MetaData metaData) throws Exception {
        withTermsInForce(command.routeId(), (route, terms) -> route.handle(command, Caller.from(metaData), terms));
    }

    @CommandHandler
    public void handle(RecordBestuurstafel command, MetaData metaData) throws Exception {
        withTermsInForce(command.routeId(), (route, terms) -> route.handle(command, Caller.from(metaData), terms));
    }

    @CommandHandler
    public int handle(EditGlossaryTerm command, MetaData metaData) throws Exception {
        return route(command.routeId()).invoke(route -> route.handle(command, Caller.from(metaData)));
    }

    private void withTermsInForce(String routeId, BiConsumer<Route, FrameworkTerms> handling) throws Exception {
        FrameworkTerms terms = regionFramework.termsOf(null);
        route(routeId).execute(route -> handling.accept(route, terms));
    }

    private Aggregate<Route> route(String routeId) throws Exception {
        return routeRepository.loadOrCreate(routeId, Route::new);
    }
}
