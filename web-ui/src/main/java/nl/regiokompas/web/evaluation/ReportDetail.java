package nl.regiokompas.web.evaluation;

import nl.regiokompas.web.query.InvalidQueryParameter;

/**
 * How much of the report's item lists a JSON answer carries ({@code ?detail=}): by default the {@value #DEFAULT}
 * most recent items of each list, {@code all} for every item, or a number, passed on as the query's
 * {@code FindEvaluationReport#detail}. The figures are never cut: the query side computes them over every item. The
 * lists grow with the record (each intervention, cycle, deviation, raad item, reflection), so a whole decade would
 * otherwise be tens of megabytes of JSON.
 */
final class ReportDetail {

    static final int DEFAULT = 50;
    private static final int MOST = 100_000;

    private final Integer limit;

    private ReportDetail(Integer limit) {
        this.limit = limit;
    }

    static ReportDetail of(String detail) {
        if (detail == null || detail.isBlank()) {
            return new ReportDetail(DEFAULT);
        }
        if (detail.equals("all")) {
            return new ReportDetail(null);
        }
        try {
            int limit = Integer.parseInt(detail);
            if (limit >= 0 && limit <= MOST) {
                return new ReportDetail(limit);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidQueryParameter("detail", "Ongeldige waarde '" + detail + "' voor detail: gebruik 'all' voor"
                + " alle items of een aantal van 0 tot en met " + MOST + " (standaard " + DEFAULT + ").");
    }

    /** The limit to ask the query for: null for every item. */
    Integer limit() {
        return limit;
    }
}
