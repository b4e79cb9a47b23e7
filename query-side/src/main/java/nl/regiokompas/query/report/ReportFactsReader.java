package nl.regiokompas.query.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import nl.regiokompas.api.framework.TermNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.instant;
import static nl.regiokompas.query.support.Sql.strings;
import static nl.regiokompas.query.support.Sql.timestamp;

/**
 * Reads the facts of one period with indexed range reads on the evaluation-report tables. Rows are bounded by
 * the period or, for what the report needs from before it (the previous scales, mandates, phases), by the number
 * of cycles, mandates and themes, never by the number of events.
 */
@Component
class ReportFactsReader {

    private static final Instant BEGIN = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("9999-01-01T00:00:00Z");

    private final JdbcTemplate jdbc;
    private final RaadFactsReader raad;

    ReportFactsReader(JdbcTemplate jdbc, RaadFactsReader raad) {
        this.jdbc = jdbc;
        this.raad = raad;
    }

    /**
     * {@code now} bounds an open-ended period, as the assembler bounds it. The largest reads run side by side on
     * {@code executor} (each is its own statement, as they were one after the other: no read sees another's
     * snapshot either way). {@code detail}: how many of each theme's cycles the answer lists
     * ({@link LeadTimeSection#firstListed}; null: all). The formal decisions are read only for those (and for cycles
     * whose completion is not stored yet), once the cycles are read; every figure comes from the completions stored
     * with the cycles.
     */
    ReportFacts read(Instant from, Instant to, Instant now, Executor executor, Integer detail) {
        Object start = timestamp(from == null ? BEGIN : from);
        Object end = timestamp(to == null ? END : to);
        CompletableFuture<RaadFacts> raadFacts = ReportThreads.start(executor,
                () -> raad.read(from == null ? BEGIN : from, to == null ? END : to, detail));
        CompletableFuture<List<ReportFacts.Cycle>> cycles = ReportThreads.start(executor, () -> cycles(end));
        CompletableFuture<List<ReportFacts.FormalDecision>> formal = detail == null
                ? ReportThreads.start(executor, () -> formalDecisions(end))
                : cycles.thenApplyAsync(read -> formalDecisions(end, listedDecisions(read, from, to, detail)),
                        executor);
        CompletableFuture<List<ReportFacts.Proposal>> proposals = ReportThreads.start(executor,
                () -> proposals(start, end));
        List<ReportFacts.Intervention> interventions = interventions(end);
        List<ReportFacts.ConfirmationCount> confirmations = confirmations(start, end);
        List<ReportFacts.Mandate> mandates = mandates(end);
        List<ReportFacts.Reflection> reflections = reflections(start, end);
        List<ReportFacts.FormChoice> forms = formChoices(start, end);
        List<ReportFacts.PhaseChange> phases = phaseChanges(to, now, end);
        List<String> themes = jdbc.queryForList("SELECT theme_code FROM report_theme ORDER BY theme_code",
                String.class);
        TermNames names = names();
        return new ReportFacts(from, to, ReportThreads.result(cycles), ReportThreads.result(proposals),
                ReportThreads.result(formal), interventions, confirmations, mandates, reflections, forms, phases,
                themes, names, ReportThreads.result(raadFacts));
    }

    private List<ReportFacts.Cycle> cycles(Object end) {
        return jdbc.query("""
                        SELECT assessment_id, cycle, theme_code, title, gemeenten, opened_at, opened_by_name,
                            first_proposed_at, revisions, decision_id, bevestigd_at, scales, formal_stored,
                            formal_completed_on, formal_completed_at, formal_days
                        FROM report_cycle WHERE opened_at < ? ORDER BY opened_at, assessment_id, cycle""",
                (rs, n) -> new ReportFacts.Cycle(rs.getString("assessment_id"), rs.getInt("cycle"),
                        rs.getString("theme_code"), rs.getString("title"), strings(rs, "gemeenten"),
                        instant(rs, "opened_at"), rs.getString("opened_by_name"), instant(rs, "first_proposed_at"),
                        rs.getInt("revisions"), rs.getString("decision_id"), instant(rs, "bevestigd_at"),
                        map(rs, "scales"), completion(rs)), end);
    }

    private static CycleCompletion completion(ResultSet rs) throws SQLException {
        return !rs.getBoolean("formal_stored") ? null : new CycleCompletion(
                rs.getObject("formal_completed_on", LocalDate.class), instant(rs, "formal_completed_at"),
                CycleCompletion.days(rs.getString("formal_days")));
    }

    /** The decision ids of the cycles the answer lists with {@code detail} per theme. */
    private static String[] listedDecisions(List<ReportFacts.Cycle> cycles, Instant from, Instant to,
                                            int detail) {
        List<String> listed = new ArrayList<>();
        LeadTimeSection.cyclesPerTheme(cycles, new ReportContext(from, to, null, null)).values()
                .forEach(themeCycles -> {
                    for (int i = LeadTimeSection.firstListed(themeCycles, detail); i < themeCycles.size(); i++) {
                        if (themeCycles.get(i).decisionId() != null) {
                            listed.add(themeCycles.get(i).decisionId());
                        }
                    }
                });
        return listed.toArray(String[]::new);
    }

    private List<ReportFacts.Proposal> proposals(Object start, Object end) {
        return jdbc.query("""
                        SELECT * FROM report_proposal WHERE proposed_at >= ? AND proposed_at < ?
                        ORDER BY proposed_at, assessment_id, cycle, revision""",
                (rs, n) -> new ReportFacts.Proposal(rs.getString("assessment_id"), rs.getInt("cycle"),
                        rs.getInt("revision"), rs.getString("theme_code"), map(rs, "scales"),
                        map(rs, "deviations"), instant(rs, "proposed_at"), rs.getString("proposed_by_name")),
                start, end);
    }

    /**
     * In no particular order: sorting every formal decision of the store took most of this read's time (a sort
     * spilling to disk at a million events); {@link LeadTimeSection} orders each cycle's few decisions itself.
     */
    private List<ReportFacts.FormalDecision> formalDecisions(Object end) {
        return jdbc.query(FORMAL_DECISIONS + "WHERE c.opened_at < ?", FormalDecisionRow.INSTANCE, end);
    }

    /**
     * Only those of the listed decisions, and those of cycles without a stored completion (projected before it was
     * stored), in no particular order either.
     */
    private List<ReportFacts.FormalDecision> formalDecisions(Object end, String[] listed) {
        return jdbc.query(FORMAL_DECISIONS + """
                        WHERE c.opened_at < ? AND f.decision_id = ANY(?)
                        UNION ALL
                        """ + FORMAL_DECISIONS + """
                        WHERE c.opened_at < ? AND NOT c.formal_stored AND NOT (f.decision_id = ANY(?))""",
                FormalDecisionRow.INSTANCE, end, listed, end, listed);
    }

    private static final String FORMAL_DECISIONS = """
            SELECT f.decision_id, f.gemeente, f.body, f.assessment_id, f.cycle, f.decided_on, f.recorded_at,
                f.recorded_by_name
            FROM report_formal_decision f JOIN report_cycle c ON c.assessment_id = f.assessment_id AND c.cycle = f.cycle
            """;

    private enum FormalDecisionRow implements RowMapper<ReportFacts.FormalDecision> {
        INSTANCE;

        @Override
        public ReportFacts.FormalDecision mapRow(ResultSet rs, int n) throws SQLException {
            return new ReportFacts.FormalDecision(rs.getString("decision_id"), rs.getString("gemeente"),
                    rs.getString("body"), rs.getString("assessment_id"), rs.getInt("cycle"),
                    rs.getObject("decided_on", LocalDate.class), instant(rs, "recorded_at"),
                    rs.getString("recorded_by_name"));
        }
    }

    private List<ReportFacts.Intervention> interventions(Object end) {
        return jdbc.query("""
                        SELECT * FROM report_intervention WHERE opened_at < ?
                        ORDER BY opened_at, intervention_id""",
                (rs, n) -> new ReportFacts.Intervention(rs.getString("intervention_id"),
                        rs.getString("assessment_id"), rs.getInt("cycle"), rs.getString("theme_code"),
                        rs.getString("gemeente"), rs.getString("layer"), rs.getString("kind"), rs.getString("reason"),
                        instant(rs, "opened_at"), rs.getString("opened_by_name"), rs.getBoolean("inside_mandate"),
                        rs.getString("mandate_id"), rs.getBoolean("referred"), rs.getString("outcome"),
                        instant(rs, "resolved_at"), rs.getString("resolved_by_name")), end);
    }

    private List<ReportFacts.ConfirmationCount> confirmations(Object start, Object end) {
        return jdbc.query("""
                        SELECT theme_code, inside_mandate, count(*) AS n FROM report_confirmation
                        WHERE confirmed_at >= ? AND confirmed_at < ?
                        GROUP BY theme_code, inside_mandate ORDER BY theme_code, inside_mandate""",
                (rs, n) -> new ReportFacts.ConfirmationCount(rs.getString("theme_code"),
                        rs.getBoolean("inside_mandate"), rs.getInt("n")), start, end);
    }

    private List<ReportFacts.Mandate> mandates(Object end) {
        return jdbc.query("""
                        SELECT * FROM report_mandate WHERE registered_at < ? ORDER BY registered_at, mandate_id""",
                (rs, n) -> new ReportFacts.Mandate(rs.getString("mandate_id"), rs.getString("theme_code"),
                        rs.getString("bestuurlijk_opdrachtgever"), instant(rs, "registered_at"),
                        instant(rs, "ended_at")), end);
    }

    private List<ReportFacts.Reflection> reflections(Object start, Object end) {
        return jdbc.query("""
                        SELECT * FROM report_reflection WHERE recorded_at >= ? AND recorded_at < ?
                        ORDER BY recorded_at, reflection_id""",
                (rs, n) -> new ReportFacts.Reflection(rs.getString("reflection_id"), rs.getString("theme_code"),
                        rs.getString("level"), map(rs, "answers"), rs.getString("text"), rs.getString("by_name"),
                        rs.getString("gemeente"), instant(rs, "recorded_at")), start, end);
    }

    private List<ReportFacts.FormChoice> formChoices(Object start, Object end) {
        return jdbc.query("""
                        SELECT * FROM report_form_choice WHERE chosen_at >= ? AND chosen_at < ?
                        ORDER BY chosen_at, weighing_id""",
                (rs, n) -> new ReportFacts.FormChoice(rs.getString("weighing_id"), rs.getInt("revision"),
                        rs.getString("form"), strings(rs, "themes"), strings(rs, "confirmed_by"),
                        instant(rs, "chosen_at")), start, end);
    }

    private List<ReportFacts.PhaseChange> phaseChanges(Instant to, Instant now, Object end) {
        // Only the last change of each theme per quarter (Dutch time, the quarter's end included, its start not)
        // matters: the route counts the phases at the quarters' ends and at the report's end; the very first change
        // says where the quarters begin.
        Instant reportEnd = to == null || to.isAfter(now) ? now : to;
        return jdbc.query("""
                        SELECT theme_code, phase, at FROM (
                            SELECT DISTINCT ON (theme_code, quarter) theme_code, phase, at FROM (
                                SELECT theme_code, phase, at, date_trunc('quarter',
                                    (at - INTERVAL '1 microsecond') AT TIME ZONE 'Europe/Amsterdam') AS quarter
                                FROM report_phase_change WHERE at < ? AND at <= ?) changes
                            ORDER BY theme_code, quarter, at DESC) last
                        UNION (SELECT theme_code, phase, at FROM report_phase_change WHERE at < ? AND at <= ?
                            ORDER BY at, theme_code LIMIT 1)
                        ORDER BY at, theme_code""",
                (rs, n) -> new ReportFacts.PhaseChange(rs.getString("theme_code"), rs.getString("phase"),
                        instant(rs, "at")), end, timestamp(reportEnd), end, timestamp(reportEnd));
    }

    private TermNames names() {
        Map<String, Map<String, String>> names = new HashMap<>();
        jdbc.query("SELECT term, code, name FROM report_name",
                (ResultSet rs) -> {
                    names.computeIfAbsent(rs.getString("term"), term -> new HashMap<>())
                            .put(rs.getString("code"), rs.getString("name"));
                });
        return (term, code) -> {
            Map<String, String> ofTerm = names.get(term.name());
            return ofTerm == null ? null : ofTerm.get(code);
        };
    }

    private static Map<String, String> map(ResultSet rs, String column) throws SQLException {
        return FlatJson.strings(rs.getString(column));
    }
}
