package nl.regiokompas.web.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.regiokompas.api.framework.FrameworkProposalView;
import nl.regiokompas.api.route.FindRouteEvaluation;
import nl.regiokompas.api.route.RouteEvaluation;
import nl.regiokompas.api.route.RouteHistoryEntry;
import nl.regiokompas.api.route.RouteView;
import nl.regiokompas.api.weighing.ListWeighings;
import nl.regiokompas.api.weighing.WeighingDocument;
import nl.regiokompas.api.weighing.WeighingEvaluation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * The route and the form weighings as tables after the evaluation's own table (issue 13 "Also"): one table per
 * kind of fact, each after an empty line, with its own header. Every row starts with the table's name (a key for
 * scripts, a Dutch name for people), so a script can filter the rows it wants. Cells read through the same
 * {@link EvaluationTableStyle} as the table above them (names, moments, the formula guard).
 */
final class EvaluationRouteTables {

    private static final String LINE_END = "\r\n";

    private final EvaluationTableStyle style;
    private final Map<String, String> themeNames = new HashMap<>();
    private final StringBuilder text = new StringBuilder();

    private EvaluationRouteTables(EvaluationTableStyle style) {
        this.style = style;
    }

    /** The tables of the route and the weighings of [{@code from}, {@code to}), read from the projections. */
    static String of(QueryGateway queries, Instant from, Instant to, EvaluationTableStyle style) {
        RouteEvaluation route = queries.query(new FindRouteEvaluation(from, to),
                ResponseTypes.instanceOf(RouteEvaluation.class)).join();
        List<WeighingEvaluation> weighings = queries.query(new ListWeighings(from, to),
                ResponseTypes.multipleInstancesOf(WeighingDocument.class)).join().stream()
                .map(WeighingEvaluation::of).toList();
        return write(route, weighings, style);
    }

    static String write(RouteEvaluation route, List<WeighingEvaluation> weighings, EvaluationTableStyle style) {
        EvaluationRouteTables tables = new EvaluationRouteTables(style);
        route.agenda().forEach(theme -> tables.themeNames.put(theme.themeCode(), theme.name()));
        route.themesAdded().forEach(theme -> tables.themeNames.putIfAbsent(theme.themeCode(), theme.name()));
        tables.frameworkAdoptions(route.frameworkAdoptions());
        tables.agenda(route.agenda());
        tables.themesAdded(route.themesAdded());
        tables.scoreChanges(route.scoreChanges());
        tables.bestuurstafel(route.bestuurstafel());
        tables.followUps(route.followUps());
        tables.agendaChanges(route.agendaChanges());
        tables.weighingScores(weighings);
        tables.weighingConfirmations(weighings);
        return tables.text.toString();
    }

    private void frameworkAdoptions(List<RouteEvaluation.FrameworkAdoption> adoptions) {
        List<List<String>> rows = new ArrayList<>();
        for (RouteEvaluation.FrameworkAdoption adoption : adoptions) {
            List<String> proposal = List.of(String.valueOf(adoption.version()),
                    String.valueOf(adoption.basedOnVersion()), word(adoption.status()), style.moment(adoption.proposedAt()),
                    text(adoption.proposedBy()), style.moment(adoption.inForceAt()), style.days(adoption.daysToForce()));
            if (adoption.positions().isEmpty()) {
                rows.add(row(proposal, "", "", "", "", ""));
            }
            for (FrameworkProposalView.Position position : adoption.positions()) {
                rows.add(row(proposal, style.gemeente(position.gemeente()), word(position.position()),
                        text(position.reason()), style.moment(position.at()), text(position.by())));
            }
        }
        table(new Name("frameworkAdoption", "Afwegingskader"),
                List.of("version", "basedOnVersion", "status", "proposedAt", "proposedBy", "inForceAt", "daysToForce",
                        "gemeente", "position", "reason", "at", "by"),
                List.of("Versie", "Gebaseerd op versie", "Status", "Voorgesteld op", "Voorgesteld door",
                        "In werking op", "Dagen tot in werking", "Gemeente", "Standpunt", "Reden", "Op", "Door"),
                rows);
    }

    private void agenda(List<RouteView.Theme> agenda) {
        List<List<String>> rows = new ArrayList<>();
        for (RouteView.Theme theme : agenda) {
            List<String> place = List.of(theme.position() == null ? "" : String.valueOf(theme.position()),
                    theme(theme.themeCode()), style.forPeople() ? sourceName(theme.source()) : theme.source(),
                    style.forPeople() ? theme.phaseName() : theme.phase().name(), yesNo(theme.inCurrentRound()),
                    text(theme.followUp()), style.governanceForm(theme.governanceForm()), style.number(theme.averageUrgency()),
                    style.number(theme.averageOpportunity()));
            if (theme.scores().isEmpty()) {
                rows.add(row(place, "", "", "", "", "", ""));
            }
            for (RouteView.Score score : theme.scores()) {
                rows.add(row(place, style.gemeente(score.gemeente()), String.valueOf(score.urgency()),
                        String.valueOf(score.opportunity()), score.argument(), style.moment(score.at()), text(score.by())));
            }
        }
        table(new Name("agenda", "Agenda"),
                List.of("position", "themeCode", "source", "phase", "inCurrentRound", "followUp", "governanceForm",
                        "averageUrgency", "averageOpportunity", "gemeente", "urgency", "opportunity", "argument",
                        "scoredAt", "scoredBy"),
                List.of("Plaats", "Thema", "Herkomst", "Fase", "In de huidige ronde", "Vervolg", "Samenwerkingsvorm",
                        "Gemiddelde urgentie", "Gemiddelde kansrijkheid", "Gemeente", "Urgentie", "Kansrijkheid",
                        "Onderbouwing", "Gescoord op", "Gescoord door"),
                rows);
    }

    private void themesAdded(List<RouteEvaluation.ThemeAdded> added) {
        table(new Name("themeAdded", "Thema op de agenda gezet"),
                List.of("at", "themeCode", "name", "description", "by"),
                List.of("Op", "Thema", "Naam", "Beschrijving", "Door"),
                added.stream().map(theme -> List.of(style.moment(theme.at()), theme(theme.themeCode()), theme.name(),
                        text(theme.description()), text(theme.by()))).toList());
    }

    private void scoreChanges(List<RouteEvaluation.ScoreChange> scores) {
        table(new Name("scoreChange", "Score gegeven"),
                List.of("at", "themeCode", "gemeente", "urgency", "opportunity", "argument", "by"),
                List.of("Op", "Thema", "Gemeente", "Urgentie", "Kansrijkheid", "Onderbouwing", "Door"),
                scores.stream().map(score -> List.of(style.moment(score.at()), theme(score.themeCode()),
                        style.gemeente(score.gemeente()), String.valueOf(score.urgency()),
                        String.valueOf(score.opportunity()), score.argument(), text(score.by()))).toList());
    }

    private void bestuurstafel(List<RouteView.Meeting> meetings) {
        table(new Name("bestuurstafel", "Bestuurstafel"),
                List.of("meetingDate", "order", "currentRound", "note", "recordedAt", "recordedBy"),
                List.of("Vergaderdatum", "Volgorde", "Huidige ronde", "Toelichting", "Vastgelegd op", "Vastgelegd door"),
                meetings.stream().map(meeting -> List.of(date(meeting.meetingDate()), themes(meeting.order()),
                        themes(meeting.currentRound()), text(meeting.note()), style.moment(meeting.recordedAt()),
                        text(meeting.by()))).toList());
    }

    private void followUps(List<RouteEvaluation.FollowUpChange> followUps) {
        table(new Name("followUp", "Vervolg"),
                List.of("at", "themeCode", "assessmentId", "followUp", "returnsToAgenda", "by"),
                List.of("Op", "Thema", "Afweging (id)", "Vervolg", "Terug op de agenda", "Door"),
                followUps.stream().map(followUp -> List.of(style.moment(followUp.at()), theme(followUp.themeCode()),
                        text(followUp.assessmentId()),
                        text(style.forPeople() ? followUp.followUpName() : followUp.followUp()),
                        yesNo(followUp.returnsToAgenda()), text(followUp.by()))).toList());
    }

    private void agendaChanges(List<RouteHistoryEntry> changes) {
        table(new Name("agendaChange", "Wijziging van de route"),
                List.of("at", "type", "by", "role", "gemeente", "description"),
                List.of("Op", "Soort", "Door", "Rol", "Gemeente van", "Omschrijving"),
                changes.stream().map(change -> List.of(style.moment(change.at()), changeType(change.type()), text(change.by()),
                        text(change.role()), style.gemeente(change.gemeente()), change.description())).toList());
    }

    private void weighingScores(List<WeighingEvaluation> weighings) {
        List<List<String>> rows = new ArrayList<>();
        for (WeighingEvaluation weighing : weighings) {
            for (WeighingDocument.Score score : weighing.matrix()) {
                rows.add(List.of(weighing.weighingId(), weighing.title(), themes(weighing.themeCodes()),
                        style.gemeente(score.gemeente()), named(weighing, score.form()),
                        named(weighing, score.criterion()), String.valueOf(score.score()), text(score.argument()),
                        style.moment(score.at()), person(score.by(), score.byName())));
            }
        }
        table(new Name("weighingScore", "Vormafweging: score"),
                List.of("weighingId", "title", "themeCodes", "gemeente", "form", "criterion", "score", "argument", "at",
                        "by"),
                List.of("Vormafweging (id)", "Titel", "Thema's", "Gemeente", "Vorm", "Criterium", "Score",
                        "Onderbouwing", "Op", "Door"),
                rows);
    }

    private void weighingConfirmations(List<WeighingEvaluation> weighings) {
        List<List<String>> rows = new ArrayList<>();
        for (WeighingEvaluation weighing : weighings) {
            String proposed = weighing.proposal() == null ? "" : named(weighing, weighing.proposal().form());
            List<String> outcome = List.of(weighing.weighingId(), weighing.title(), word(weighing.status()),
                    proposed, text(weighing.chosenForm() == null ? null : named(weighing, weighing.chosenForm())),
                    style.moment(weighing.chosenAt()));
            if (weighing.confirmedBy().isEmpty()) {
                rows.add(row(outcome, "", "", "", "", ""));
            }
            for (WeighingDocument.ConfirmationEntry confirmation : weighing.confirmedBy()) {
                rows.add(row(outcome, style.gemeente(confirmation.gemeente()), String.valueOf(confirmation.revision()),
                        text(confirmation.note()), style.moment(confirmation.at()),
                        person(confirmation.by(), confirmation.byName())));
            }
        }
        table(new Name("weighingConfirmation", "Vormafweging: bevestiging"),
                List.of("weighingId", "title", "status", "proposedForm", "chosenForm", "chosenAt", "gemeente",
                        "revision", "note", "at", "by"),
                List.of("Vormafweging (id)", "Titel", "Status", "Voorgestelde vorm", "Gekozen vorm", "Gekozen op",
                        "Gemeente", "Revisie", "Notitie", "Op", "Door"),
                rows);
    }

    private record Name(String key, String dutch) {
    }

    /** An empty line, the header, and every row led by the table's name. */
    private void table(Name name, List<String> keys, List<String> headers, List<List<String>> rows) {
        List<String> header = new ArrayList<>();
        header.add(style.forPeople() ? "Tabel" : "table");
        header.addAll(style.forPeople() ? headers : keys);
        String leader = style.forPeople() ? name.dutch() : name.key();
        List<List<String>> led = rows.stream().map(row -> {
            List<String> withName = new ArrayList<>();
            withName.add(leader);
            withName.addAll(row);
            return withName;
        }).toList();
        String table = EvaluationCsv.table(header, led, style);
        text.append(LINE_END).append(table, style.preamble().length(), table.length());
    }

    private static List<String> row(List<String> leading, String... rest) {
        List<String> row = new ArrayList<>(leading);
        row.addAll(Arrays.asList(rest));
        return row;
    }

    private String theme(String code) {
        return code == null ? "" : style.forPeople() ? themeNames.getOrDefault(code, style.theme(code)) : code;
    }

    private String themes(List<String> codes) {
        return codes.stream().map(this::theme).collect(Collectors.joining(style.forPeople() ? ", " : ";"));
    }

    private String named(WeighingEvaluation weighing, String code) {
        return style.forPeople() ? weighing.nameOf(code) : code;
    }

    private String person(String id, String name) {
        return text(style.forPeople() && name != null ? name : id);
    }

    /** A status or position word such as AFGEWEZEN: as is for scripts, "Afgewezen" for people. */
    private String word(String code) {
        if (code == null || !style.forPeople()) {
            return text(code);
        }
        String lower = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private String yesNo(boolean value) {
        return style.forPeople() ? (value ? "ja" : "nee") : String.valueOf(value);
    }

    private String date(java.time.LocalDate date) {
        return date == null ? "" : style.forPeople()
                ? date.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) : date.toString();
    }

    private static final Map<String, String> CHANGE_TYPES = Map.of("AgendaThemeAdded", "Thema op de agenda",
            "ThemeScored", "Score", "BestuurstafelOrderRecorded", "Bestuurstafel", "GlossaryTermEdited",
            "Begrip bijgewerkt", "FollowUpRecorded", "Vervolg");

    private String changeType(String type) {
        return style.forPeople() ? CHANGE_TYPES.getOrDefault(type, type) : type;
    }

    private static String sourceName(String source) {
        return RouteView.FROM_FRAMEWORK.equals(source) ? "Afwegingskader" : "Agenda van de regio";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
