package nl.regiokompas.command.route;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.regiokompas.api.common.Limits;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.route.AddAgendaTheme;
import nl.regiokompas.api.route.AgendaThemeAdded;
import nl.regiokompas.api.route.BestuurstafelOrderRecorded;
import nl.regiokompas.api.route.EditGlossaryTerm;
import nl.regiokompas.api.route.GlossaryTermEdited;
import nl.regiokompas.api.route.RecordBestuurstafel;
import nl.regiokompas.api.route.RouteAction;
import nl.regiokompas.api.route.RouteIds;
import nl.regiokompas.api.route.ScoreTheme;
import nl.regiokompas.api.route.ThemeScored;
import nl.regiokompas.command.common.Caller;
import nl.regiokompas.command.common.Choices;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static nl.regiokompas.command.common.Rules.optionalText;
import static nl.regiokompas.command.common.Rules.requireGiven;
import static nl.regiokompas.command.common.Rules.requireKnown;
import static nl.regiokompas.command.common.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The region's route through phase 2: the agenda of themes (the framework's themes in force, which the
 * command side hands in, plus the themes the programmateam adds), the scores, the Bestuurstafel's order and
 * round, and the shared glossary. One per region; created by its first event.
 */
@Aggregate
public class Route {

    static final int LOWEST_SCORE = 1;
    static final int HIGHEST_SCORE = 5;
    private static final int MAX_ORDERED = 200;

    @AggregateIdentifier
    private String routeId;
    private final Map<String, String> addedThemes = new LinkedHashMap<>();
    private final Map<String, Integer> glossaryRevisions = new HashMap<>();

    public Route() {
    }

    public void handle(AddAgendaTheme command, Caller caller, FrameworkTerms terms) {
        caller.require(RouteAction.ADD_AGENDA_THEME);
        String code = requireText("themeCode", "de code van het thema", command.themeCode(), 50);
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw RuleViolation.invalid("themeCode", "Een themacode bestaat uit hoofdletters, cijfers en '_', "
                    + "en begint met een letter, zoals WONEN_ZORG.");
        }
        if (terms.themes().contains(code) || addedThemes.containsKey(code)) {
            throw RuleViolation.illegalState("Thema '" + code + "' staat al op de agenda.");
        }
        String name = requireText("name", "de naam van het thema", command.name(), Limits.SHORT_TEXT);
        String description = requireText("description", "de beschrijving van het thema", command.description(),
                Limits.LONG_TEXT);
        apply(new AgendaThemeAdded(command.regionCode(), code, name, description));
    }

    public void handle(ScoreTheme command, Caller caller, FrameworkTerms terms) {
        caller.require(RouteAction.SCORE_THEME);
        String theme = requireKnown("themeCode", "het thema", "Onbekend thema", command.themeCode(), agenda(terms));
        String gemeente = requireKnown("gemeente", "de gemeente", "Onbekende gemeente", command.gemeente(),
                Choices.of(terms, FrameworkTerms.Term.GEMEENTE, terms.gemeenten()));
        caller.requireFor(RouteAction.SCORE_THEME, gemeente,
                code -> code == null ? "geen gemeente" : terms.nameOf(FrameworkTerms.Term.GEMEENTE, code));
        int urgency = score("urgency", "de urgentie", command.urgency());
        int opportunity = score("opportunity", "de kansrijkheid", command.opportunity());
        String argument = requireText("argument", "de onderbouwing", command.argument(), Limits.LONG_TEXT);
        apply(new ThemeScored(command.regionCode(), theme, gemeente, urgency, opportunity, argument));
    }

    public void handle(RecordBestuurstafel command, Caller caller, FrameworkTerms terms) {
        caller.require(RouteAction.RECORD_BESTUURSTAFEL);
        LocalDate meetingDate = requireGiven("meetingDate", "de datum van de Bestuurstafel", command.meetingDate());
        Choices agenda = agenda(terms);
        List<String> order = themes("order", "de volgorde", command.order(), agenda, terms);
        List<String> round = themes("currentRound", "de huidige ronde", command.currentRound(), agenda, terms);
        if (order.isEmpty() && round.isEmpty()) {
            throw RuleViolation.invalid("order", "Geef de volgorde van de thema's of de thema's van de huidige ronde op.");
        }
        String note = optionalText("note", "de toelichting", command.note(), Limits.LONG_TEXT);
        apply(new BestuurstafelOrderRecorded(command.regionCode(), meetingDate, order, round, note));
    }

    public int handle(EditGlossaryTerm command, Caller caller) {
        caller.require(RouteAction.EDIT_GLOSSARY);
        String term = requireText("term", "het begrip", command.term(), Limits.SHORT_TEXT);
        String text = requireText("text", "de omschrijving van het begrip", command.text(), Limits.LONG_TEXT);
        int current = glossaryRevisions.getOrDefault(key(term), 0);
        if (command.expectedRevision() != null && command.expectedRevision() != current) {
            throw RuleViolation.illegalState("Het begrip '" + term + "' is intussen gewijzigd (nu versie " + current
                    + ", u zag versie " + command.expectedRevision() + "). Lees de nieuwe tekst en pas die zo nodig aan.");
        }
        apply(new GlossaryTermEdited(command.regionCode(), term, current + 1, text));
        return current + 1;
    }

    /** The themes on the agenda: those of the framework in force, then the added ones. */
    private Choices agenda(FrameworkTerms terms) {
        Set<String> codes = new LinkedHashSet<>(terms.themes());
        codes.addAll(addedThemes.keySet());
        return Choices.listedBy(codes,
                () -> String.join(", ", codes.stream().map(code -> themeName(code, terms)).toList()));
    }

    private String themeName(String code, FrameworkTerms terms) {
        return addedThemes.containsKey(code) ? addedThemes.get(code) : terms.nameOf(FrameworkTerms.Term.THEME, code);
    }

    private List<String> themes(String field, String label, List<String> requested, Choices agenda,
                                FrameworkTerms terms) {
        List<String> themes = new ArrayList<>();
        if (requested == null) {
            return themes;
        }
        if (requested.size() > MAX_ORDERED) {
            throw RuleViolation.invalid(field, "Te veel thema's in " + label + ".");
        }
        for (String theme : requested) {
            requireKnown(field, "een thema", "Onbekend thema", theme, agenda);
            if (themes.contains(theme)) {
                throw RuleViolation.invalid(field, "Thema " + themeName(theme, terms) + " staat twee keer in " + label + ".");
            }
            themes.add(theme);
        }
        return themes;
    }

    private static int score(String field, String label, Integer value) {
        if (value == null || value < LOWEST_SCORE || value > HIGHEST_SCORE) {
            throw RuleViolation.invalid(field, "Geef " + label + " als een getal van " + LOWEST_SCORE + " (laag) tot "
                    + HIGHEST_SCORE + " (hoog).");
        }
        return value;
    }

    private static String key(String term) {
        return term.strip().toLowerCase(java.util.Locale.ROOT);
    }

    @EventSourcingHandler
    void on(AgendaThemeAdded event) {
        routeId = RouteIds.of(event.regionCode());
        addedThemes.put(event.themeCode(), event.name());
    }

    @EventSourcingHandler
    void on(ThemeScored event) {
        routeId = RouteIds.of(event.regionCode());
    }

    @EventSourcingHandler
    void on(BestuurstafelOrderRecorded event) {
        routeId = RouteIds.of(event.regionCode());
    }

    @EventSourcingHandler
    void on(GlossaryTermEdited event) {
        routeId = RouteIds.of(event.regionCode());
        glossaryRevisions.put(key(event.term()), event.revision());
    }
}
