package nl.regiokompas.query.decision;

import nl.regiokompas.query.support.DeferredWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The decision-history group's writes of one transaction. */
@Component
class DecisionWrites extends DeferredWrites {

    DecisionWrites(JdbcTemplate jdbc) {
        super(jdbc);
    }
}
