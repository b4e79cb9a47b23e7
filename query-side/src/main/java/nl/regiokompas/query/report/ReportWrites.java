package nl.regiokompas.query.report;

import nl.regiokompas.query.support.DeferredWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The evaluation-report group's writes of one transaction, shared by its projections. */
@Component
class ReportWrites extends DeferredWrites {

    ReportWrites(JdbcTemplate jdbc) {
        super(jdbc);
    }
}
