package nl.regiokompas.query.raad;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import nl.regiokompas.api.raad.AssessmentRaad;
import nl.regiokompas.api.raad.FindAssessmentRaad;
import nl.regiokompas.api.raad.FindKaders;
import nl.regiokompas.api.raad.FindRaadInforming;
import nl.regiokompas.api.raad.FindRaadPage;
import nl.regiokompas.api.raad.InformingKind;
import nl.regiokompas.api.raad.InformingView;
import nl.regiokompas.api.raad.KaderAnswer;
import nl.regiokompas.api.raad.KaderView;
import nl.regiokompas.api.raad.RaadConfirmationView;
import nl.regiokompas.api.raad.RaadPage;
import nl.regiokompas.api.raad.Raadsbesluit;
import nl.regiokompas.api.raad.ZienswijzeView;
import nl.regiokompas.query.support.Json;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.instant;
import static nl.regiokompas.query.support.Sql.nullableInt;
import static nl.regiokompas.query.support.Sql.strings;

/** Answers what concerns the gemeenteraden: kaders, one assessment's raad facts, and the page of one raad. */
@Component
class RaadQueries {

    private static final TypeReference<List<KaderView.Change>> CHANGES = new TypeReference<>() {
    };
    private static final TypeReference<List<KaderAnswer>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final RaadProperties raad;
    private final Clock clock;

    RaadQueries(JdbcTemplate jdbc, RaadProperties raad) {
        this.jdbc = jdbc;
        this.raad = raad;
        this.clock = Clock.systemUTC();
    }

    @QueryHandler
    List<KaderView> handle(FindKaders query) {
        return jdbc.query("""
                        SELECT * FROM raad_kader WHERE (CAST(? AS varchar) IS NULL OR gemeente = ?)
                            AND (CAST(? AS varchar) IS NULL OR theme_code = ?)
                        ORDER BY in_force DESC, theme_code, gemeente, set_at, kader_id""",
                RaadQueries::kader, query.gemeente(), query.gemeente(), query.themeCode(), query.themeCode());
    }

    @QueryHandler
    AssessmentRaad handle(FindAssessmentRaad query) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT theme_code, cycle, version FROM raad_assessment WHERE assessment_id = ?", query.assessmentId());
        if (rows.isEmpty()) {
            return null;
        }
        String theme = (String) rows.get(0).get("theme_code");
        int cycle = ((Number) rows.get(0).get("cycle")).intValue();
        long version = ((Number) rows.get(0).get("version")).longValue();
        List<String> gemeenten = jdbc.query("SELECT gemeenten FROM raad_assessment WHERE assessment_id = ?",
                (rs, n) -> strings(rs, "gemeenten"), query.assessmentId()).get(0);
        List<RaadConfirmationView> confirmations = confirmations(
                "c.assessment_id = ? AND c.cycle = ? AND c.current", query.assessmentId(), cycle);
        List<InformingView> informed = informings("i.assessment_id = ? AND i.cycle = ?", query.assessmentId(), cycle);
        List<AssessmentRaad.Gemeente> perGemeente = gemeenten.stream().map(gemeente -> new AssessmentRaad.Gemeente(
                gemeente,
                handle(new FindKaders(gemeente, theme)).stream().filter(KaderView::inForce).toList(),
                confirmations.stream().filter(c -> c.gemeente().equals(gemeente)).reduce((a, b) -> b).orElse(null),
                informed.stream().filter(i -> i.gemeente().equals(gemeente)).toList())).toList();
        return new AssessmentRaad(query.assessmentId(), theme, cycle, raad.informingTerm().toDays(), perGemeente,
                zienswijzen("p.assessment_id = ? AND p.cycle = ?", query.assessmentId(), cycle), version);
    }

    @QueryHandler
    List<RaadConfirmationView> handle(FindRaadInforming query) {
        return confirmations("c.current AND (CAST(? AS varchar) IS NULL OR c.assessment_id = ?)", query.assessmentId(),
                query.assessmentId());
    }

    @QueryHandler
    RaadPage handle(FindRaadPage query) {
        String gemeente = query.gemeente();
        Map<String, List<KaderView>> kaders = handle(new FindKaders(gemeente, null)).stream()
                .collect(Collectors.groupingBy(KaderView::themeCode, TreeMap::new, Collectors.toList()));
        Map<String, List<RaadPage.Assessment>> assessments = new TreeMap<>();
        jdbc.query("""
                        SELECT * FROM raad_assessment WHERE ? = ANY (gemeenten) ORDER BY decided, title, assessment_id""",
                (ResultSet rs) -> {
                    assessments.computeIfAbsent(rs.getString("theme_code"), t -> new ArrayList<>()).add(
                            new RaadPage.Assessment(rs.getString("assessment_id"), rs.getString("title"),
                                    rs.getInt("cycle"), rs.getBoolean("decided")));
                }, gemeente);
        List<ZienswijzeView> open = zienswijzen("? = ANY (a.gemeenten) AND p.cycle = a.cycle", gemeente).stream()
                .filter(ZienswijzeView::open).toList();
        List<RaadConfirmationView> confirmations = confirmations("c.gemeente = ? AND c.cycle = a.cycle", gemeente);
        List<InformingView> informed = informings("i.gemeente = ?", gemeente);
        TreeSet<String> themes = new TreeSet<>(kaders.keySet());
        themes.addAll(assessments.keySet());
        List<RaadPage.Theme> perTheme = themes.stream().map(theme -> new RaadPage.Theme(theme,
                kaders.getOrDefault(theme, List.of()),
                assessments.getOrDefault(theme, List.of()),
                open.stream().filter(p -> p.themeCode().equals(theme)).toList(),
                confirmations.stream().filter(c -> c.themeCode().equals(theme) && c.current()
                        && RaadConfirmationView.VOORWAARDELIJK.equals(c.status())).toList(),
                informed.stream().filter(i -> i.themeCode().equals(theme)).toList(),
                confirmations.stream().filter(c -> c.themeCode().equals(theme) && c.current()
                        && c.informedOn() == null).toList())).toList();
        return new RaadPage(gemeente, raad.informingTerm().toDays(), perTheme);
    }

    /** Confirmations (joined with their assessment as {@code a}) with the first day their raad was informed. */
    List<RaadConfirmationView> confirmations(String where, Object... args) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.query("""
                        SELECT c.*, a.title, a.theme_code, (SELECT MIN(i.informed_on) FROM raad_informing i
                            WHERE i.assessment_id = c.assessment_id AND i.cycle = c.cycle AND i.gemeente = c.gemeente
                            AND i.revision = c.revision) AS informed_on
                        FROM raad_confirmation c JOIN raad_assessment a ON a.assessment_id = c.assessment_id
                        WHERE""" + " " + where + " ORDER BY c.confirmed_at, c.sequence",
                (rs, n) -> {
                    Instant confirmedAt = instant(rs, "confirmed_at");
                    LocalDate informedOn = date(rs, "informed_on");
                    LocalDate due = LocalDate.ofInstant(confirmedAt.plus(raad.informingTerm()), clock.getZone());
                    boolean overdue = informedOn == null ? rs.getBoolean("current") && today.isAfter(due)
                            : informedOn.isAfter(due);
                    String verdict = rs.getString("verdict");
                    String status = verdict != null ? verdict : rs.getBoolean("conditional")
                            ? RaadConfirmationView.VOORWAARDELIJK : RaadConfirmationView.TER_KENNISGEVING;
                    return new RaadConfirmationView(rs.getString("assessment_id"), rs.getString("title"),
                            rs.getString("theme_code"), rs.getInt("cycle"), rs.getString("gemeente"),
                            rs.getInt("revision"), confirmedAt, rs.getString("confirmed_by"),
                            Json.read(rs.getString("answers"), ANSWERS), status, date(rs, "verdict_date"),
                            rs.getString("verdict_reference"), rs.getBoolean("current"), informedOn, overdue);
                }, args);
    }

    List<InformingView> informings(String where, Object... args) {
        return jdbc.query("""
                        SELECT i.*, a.title, a.theme_code FROM raad_informing i
                        JOIN raad_assessment a ON a.assessment_id = i.assessment_id
                        WHERE""" + " " + where + " ORDER BY i.informed_on, i.sequence",
                (rs, n) -> new InformingView(rs.getString("assessment_id"), rs.getString("title"),
                        rs.getString("theme_code"), rs.getInt("cycle"), rs.getString("gemeente"), rs.getInt("revision"),
                        InformingKind.valueOf(rs.getString("kind")), date(rs, "informed_on"), rs.getString("reference"),
                        instant(rs, "recorded_at")), args);
    }

    /** Zienswijze periods (joined with their assessment as {@code a}), each with its zienswijzen. */
    List<ZienswijzeView> zienswijzen(String where, Object... args) {
        LocalDate today = LocalDate.now(clock);
        List<ZienswijzeView> periods = jdbc.query("""
                        SELECT p.*, a.title, a.theme_code FROM raad_zienswijze_period p
                        JOIN raad_assessment a ON a.assessment_id = p.assessment_id
                        WHERE""" + " " + where + " ORDER BY p.opened_at",
                (rs, n) -> new ZienswijzeView(rs.getString("assessment_id"), rs.getString("title"),
                        rs.getString("theme_code"), rs.getInt("cycle"), rs.getInt("revision"), date(rs, "ends_on"),
                        !today.isAfter(date(rs, "ends_on")), new ArrayList<>()), args);
        for (ZienswijzeView period : periods) {
            period.zienswijzen().addAll(jdbc.query("""
                            SELECT * FROM raad_zienswijze WHERE assessment_id = ? AND cycle = ? AND revision = ?
                            ORDER BY recorded_at, gemeente""",
                    (rs, n) -> new ZienswijzeView.Given(rs.getString("gemeente"), rs.getString("text"),
                            new Raadsbesluit(date(rs, "besluit_date"), rs.getString("besluit_reference"), null),
                            instant(rs, "recorded_at"), rs.getString("answer"), nullableInt(rs, "answered_in_revision"),
                            instant(rs, "answered_at")),
                    period.assessmentId(), period.cycle(), period.revision()));
        }
        return periods;
    }

    private static KaderView kader(ResultSet rs, int n) throws SQLException {
        return new KaderView(rs.getString("kader_id"), rs.getString("gemeente"), rs.getString("theme_code"),
                rs.getString("text"), rs.getBoolean("in_force"),
                new Raadsbesluit(date(rs, "besluit_date"), rs.getString("besluit_reference"), rs.getString("besluit_url")),
                instant(rs, "set_at"), instant(rs, "changed_at"), Json.read(rs.getString("history"), CHANGES),
                rs.getLong("version"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
