package nl.regiokompas.query.raad;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

import nl.regiokompas.api.common.DutchTime;
import nl.regiokompas.api.raad.RaadConfirmationView;
import nl.regiokompas.api.raad.RaadFigure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.instant;

/**
 * The evaluation's figures per gemeenteraad and theme. Confirmations and zienswijzen count by their moment in the
 * period; whether a kader came before the theme's first proposal is measured over all time.
 */
@Component
public class RaadFigures {

    private static final ZoneId DUTCH_TIME = DutchTime.ZONE;

    private final JdbcTemplate jdbc;
    private final RaadQueries queries;

    RaadFigures(JdbcTemplate jdbc, RaadQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    public List<RaadFigure> of(Instant from, Instant to) {
        Predicate<Instant> inPeriod = at -> at != null && (from == null || !at.isBefore(from))
                && (to == null || at.isBefore(to));
        Map<String, Tally> tallies = new TreeMap<>();
        jdbc.query("""
                        SELECT k.theme_code, k.gemeente, MIN(k.set_at) AS first_kader,
                            (SELECT MIN(a.first_proposed_at) FROM raad_assessment a
                             WHERE a.theme_code = k.theme_code AND k.gemeente = ANY (a.gemeenten)) AS first_proposal
                        FROM raad_kader k GROUP BY k.theme_code, k.gemeente""",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    Tally tally = tally(tallies, rs.getString("theme_code"), rs.getString("gemeente"));
                    Instant kader = instant(rs, "first_kader");
                    Instant proposal = instant(rs, "first_proposal");
                    if (proposal == null || kader.isBefore(proposal)) {
                        tally.kaderBefore = true;
                        tally.daysBefore = proposal == null ? null
                                : Duration.between(kader, proposal).toMinutes() / 1440.0;
                    }
                });
        jdbc.query("""
                        SELECT a.theme_code, z.gemeente, z.recorded_at FROM raad_zienswijze z
                        JOIN raad_assessment a ON a.assessment_id = z.assessment_id""",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    if (inPeriod.test(instant(rs, "recorded_at"))) {
                        tally(tallies, rs.getString("theme_code"), rs.getString("gemeente")).zienswijzen++;
                    }
                });
        for (RaadConfirmationView confirmation : queries.confirmations("TRUE")) {
            if (!inPeriod.test(confirmation.confirmedAt())) {
                continue;
            }
            Tally tally = tally(tallies, confirmation.themeCode(), confirmation.gemeente());
            tally.confirmations++;
            if (!RaadConfirmationView.TER_KENNISGEVING.equals(confirmation.status())) {
                tally.needingRaad++;
            }
            if (confirmation.informedOn() != null) {
                LocalDate confirmed = LocalDate.ofInstant(confirmation.confirmedAt(), DUTCH_TIME);
                tally.daysToInforming.add((double) ChronoUnit.DAYS.between(confirmed, confirmation.informedOn()));
            }
        }
        List<RaadFigure> figures = new ArrayList<>();
        tallies.forEach((key, t) -> figures.add(new RaadFigure(t.theme, t.gemeente, t.kaderBefore,
                t.daysBefore == null ? null : Math.round(t.daysBefore * 10) / 10.0, t.zienswijzen, t.confirmations,
                t.needingRaad, t.daysToInforming.size(), t.daysToInforming.stream().filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average().stream().boxed()
                .map(days -> Math.round(days * 10) / 10.0).findFirst().orElse(null))));
        return figures;
    }

    private static Tally tally(Map<String, Tally> tallies, String theme, String gemeente) {
        return tallies.computeIfAbsent(theme + "\u0000" + gemeente, key -> new Tally(theme, gemeente));
    }

    private static final class Tally {
        final String theme;
        final String gemeente;
        boolean kaderBefore;
        Double daysBefore;
        int zienswijzen;
        int confirmations;
        int needingRaad;
        final List<Double> daysToInforming = new ArrayList<>();

        Tally(String theme, String gemeente) {
            this.theme = theme;
            this.gemeente = gemeente;
        }
    }
}
