package nl.regiokompas.query.raad;

import nl.regiokompas.query.support.DeferredWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The raad group's writes of one transaction. */
@Component
class RaadWrites extends DeferredWrites {

    RaadWrites(JdbcTemplate jdbc) {
        super(jdbc);
    }
}
