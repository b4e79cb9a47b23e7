package nl.regiokompas.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import nl.regiokompas.query.raad.RaadProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.instant;
import static nl.regiokompas.query.support.Sql.strings;
import static nl.regiokompas.query.support.Sql.timestamp;

/** Reads the raad's facts of one period with indexed range reads on the report_raad tables. */
@Component
class RaadFactsReader {

    private static final Comparator<RaadFacts.Confirmation> IN_TIME = Comparator
            .comparing(RaadFacts.Confirmation::confirmedAt).thenComparing(RaadFacts.Confirmation::assessmentId)
            .thenComparing(RaadFacts.Confirmation::gemeente);

    private static final String WIDE = "SELECT c.*, i.informed_on, i.kind, i.by_name AS informed_by_name ";
    // The columns the raad figures use: a decade's confirmations are tens of thousands, and their key and names
    // made up most of what PostgreSQL sent (docs/performance.md, raadnarrow).
    private static final String NARROW = "SELECT c.gemeente, c.theme_code, c.confirmed_at, c.conditional, c.verdict, "
            + "c.verdict_at, c.voided_at, i.informed_on ";

    // For a few confirmations, only their own informings (by the index on the key) instead of every informing's.
    private static final String FEW = """
             AND (assessment_id, cycle, gemeente, revision) IN (SELECT assessment_id, cycle, gemeente, revision
                FROM report_raad_confirmation WHERE confirmed_at >= ? AND confirmed_at < ?)""";

    private final JdbcTemplate jdbc;
    private final RaadProperties raad;

    RaadFactsReader(JdbcTemplate jdbc, RaadProperties raad) {
        this.jdbc = jdbc;
        this.raad = raad;
    }

    /**
     * {@code from} inclusive, {@code to} exclusive, both bounded. {@code detail}: at most how many raad items the
     * answer lists (null: all). With it, every confirmation is read with only the columns the figures use, and those
     * the answer may list are read in full afterwards ({@link RaadFacts.Listing}).
     */
    RaadFacts read(Instant from, Instant to, Integer detail) {
        Object start = timestamp(from);
        Object end = timestamp(to);
        List<RaadFacts.Kader> kaders = jdbc.query("""
                        SELECT * FROM report_raad_kader WHERE set_at >= ? AND set_at < ? ORDER BY set_at, kader_id""",
                (rs, n) -> new RaadFacts.Kader(rs.getString("kader_id"), rs.getString("gemeente"),
                        rs.getString("theme_code"), rs.getString("text"), instant(rs, "set_at"),
                        rs.getString("set_by_name")), start, end);
        List<RaadFacts.ZienswijzePeriod> periods = jdbc.query("""
                        SELECT * FROM report_raad_zienswijze_period WHERE opened_at >= ? AND opened_at < ?
                        ORDER BY opened_at, assessment_id, cycle, revision""",
                (rs, n) -> new RaadFacts.ZienswijzePeriod(rs.getString("assessment_id"), rs.getInt("cycle"),
                        rs.getInt("revision"), rs.getString("theme_code"), strings(rs, "gemeenten"),
                        instant(rs, "opened_at"), rs.getObject("ends_on", LocalDate.class)), start, end);
        List<RaadFacts.Zienswijze> zienswijzen = jdbc.query("""
                        SELECT z.* FROM report_raad_zienswijze z JOIN report_raad_zienswijze_period p
                            ON p.assessment_id = z.assessment_id AND p.cycle = z.cycle AND p.revision = z.revision
                        WHERE z.recorded_at < ? AND (z.recorded_at >= ? OR p.opened_at >= ?)
                        ORDER BY z.recorded_at, z.gemeente""",
                (rs, n) -> new RaadFacts.Zienswijze(rs.getString("assessment_id"), rs.getInt("cycle"),
                        rs.getInt("revision"), rs.getString("gemeente"), rs.getString("theme_code"),
                        rs.getString("text"), instant(rs, "recorded_at"), rs.getString("by_name")), end, start, start);
        if (detail != null) {
            return new RaadFacts(true, raad.informingTerm(), kaders, periods, zienswijzen,
                    confirmations(false, from, to, false), new RaadFacts.Listing(detail,
                    listedFrom -> confirmations(true, listedFrom.isAfter(from) ? listedFrom : from, to, true)));
        }
        return new RaadFacts(true, raad.informingTerm(), kaders, periods, zienswijzen,
                confirmations(true, from, to, false));
    }

    /**
     * The confirmations given from {@code from} (inclusive) to {@code to}, each with its first informing recorded
     * before {@code to}; {@code wide}: with the key, names and informing kind, in time order; {@code few}: a few of
     * the period's latest.
     */
    private List<RaadFacts.Confirmation> confirmations(boolean wide, Instant from, Instant to, boolean few) {
        Object start = timestamp(from);
        Object end = timestamp(to);
        List<RaadFacts.Confirmation> confirmations = jdbc.query((wide ? WIDE : NARROW) + """
                        FROM report_raad_confirmation c
                        LEFT JOIN (SELECT DISTINCT ON (assessment_id, cycle, gemeente, revision)
                                assessment_id, cycle, gemeente, revision, informed_on, kind, by_name
                            FROM report_raad_informing WHERE recorded_at < ?""" + (few ? FEW : "") + """
                            ORDER BY assessment_id, cycle, gemeente, revision, informed_on, recorded_at) i
                            USING (assessment_id, cycle, gemeente, revision)
                        WHERE c.confirmed_at >= ? AND c.confirmed_at < ?""",
                (rs, n) -> {
                    Instant verdictAt = instant(rs, "verdict_at");
                    boolean verdictKnown = verdictAt != null && verdictAt.isBefore(to);
                    Instant voidedAt = instant(rs, "voided_at");
                    return new RaadFacts.Confirmation(wide ? rs.getString("assessment_id") : null,
                            wide ? rs.getInt("cycle") : 0, rs.getString("gemeente"), wide ? rs.getInt("revision") : 0,
                            rs.getString("theme_code"), instant(rs, "confirmed_at"),
                            wide ? rs.getString("by_name") : null, rs.getBoolean("conditional"),
                            verdictKnown ? rs.getString("verdict") : null, verdictKnown ? verdictAt : null,
                            voidedAt != null && voidedAt.isBefore(to) ? voidedAt : null,
                            rs.getObject("informed_on", LocalDate.class), wide ? rs.getString("kind") : null,
                            wide ? rs.getString("informed_by_name") : null);
                }, few ? new Object[] {end, start, end, start, end} : new Object[] {end, start, end});
        if (wide) {
            // Sorted here, not by the query: a decade's confirmations are wide rows that PostgreSQL sorted on disk.
            confirmations.sort(IN_TIME);
        }
        return confirmations;
    }
}
