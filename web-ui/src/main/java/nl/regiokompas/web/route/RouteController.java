package nl.regiokompas.web.route;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.route.AddAgendaTheme;
import nl.regiokompas.api.route.EditGlossaryTerm;
import nl.regiokompas.api.route.FindRoute;
import nl.regiokompas.api.route.FindRouteHistory;
import nl.regiokompas.api.route.RecordBestuurstafel;
import nl.regiokompas.api.route.RouteHistoryEntry;
import nl.regiokompas.api.route.RouteView;
import nl.regiokompas.api.route.ScoreTheme;
import nl.regiokompas.platform.region.RegionProperties;
import nl.regiokompas.web.security.RegiokompasUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Phase 2 of the route: the agenda, scores, the Bestuurstafel's order and round, the glossary. */
@RestController
@RequestMapping("/api/route")
class RouteController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final String regionCode;

    RouteController(CommandGateway commands, QueryGateway queries, RegionProperties region) {
        this.commands = commands;
        this.queries = queries;
        this.regionCode = region.regionCode();
    }

    record ThemeRequest(String themeCode, String name, String description) {
    }

    record ScoreRequest(String gemeente, Integer urgency, Integer opportunity, String argument) {
    }

    record BestuurstafelRequest(String meetingDate, List<String> order, List<String> currentRound, String note) {
    }

    record GlossaryRequest(String term, String text, Integer expectedRevision) {
    }

    record Recorded(String themeCode) {
    }

    record GlossaryRevision(String term, int revision) {
    }

    @GetMapping
    RouteView route(@AuthenticationPrincipal RegiokompasUser user) {
        RouteView route = queries.query(new FindRoute(), ResponseTypes.instanceOf(RouteView.class)).join();
        return new RouteView(route.themes(), route.gemeenten(), route.bestuurstafel(), route.glossary(),
                RouteView.Allowed.of(user.role(), user.gemeente(), route.gemeenten()));
    }

    @GetMapping("/history")
    List<RouteHistoryEntry> history() {
        return queries.query(new FindRouteHistory(), ResponseTypes.multipleInstancesOf(RouteHistoryEntry.class)).join();
    }

    @PostMapping("/themes")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded addTheme(@RequestBody ThemeRequest request) {
        commands.sendAndWait(new AddAgendaTheme(regionCode, request.themeCode(), request.name(), request.description()));
        return new Recorded(request.themeCode());
    }

    @PostMapping("/themes/{themeCode}/scores")
    Recorded score(@PathVariable String themeCode, @RequestBody ScoreRequest request) {
        commands.sendAndWait(new ScoreTheme(regionCode, themeCode, request.gemeente(), request.urgency(),
                request.opportunity(), request.argument()));
        return new Recorded(themeCode);
    }

    @PostMapping("/bestuurstafel")
    @ResponseStatus(HttpStatus.CREATED)
    BestuurstafelRequest recordBestuurstafel(@RequestBody BestuurstafelRequest request) {
        commands.sendAndWait(new RecordBestuurstafel(regionCode, date(request.meetingDate()), request.order(),
                request.currentRound(), request.note()));
        return request;
    }

    @PostMapping("/glossary")
    GlossaryRevision editGlossary(@RequestBody GlossaryRequest request) {
        Integer revision = commands.sendAndWait(new EditGlossaryTerm(regionCode, request.term(), request.text(),
                request.expectedRevision()));
        return new GlossaryRevision(request.term(), revision);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("meetingDate", "Geef de datum van de Bestuurstafel als jjjj-mm-dd, bijvoorbeeld 2027-03-04.");
        }
    }
}
