package nl.regiokompas.query.mandate;

import java.time.Instant;
import java.util.List;

import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.mandate.MandateAmended;
import nl.regiokompas.api.mandate.MandateEnded;
import nl.regiokompas.api.mandate.MandateRegistered;
import nl.regiokompas.api.mandate.MandateView;
import nl.regiokompas.api.mandate.Power;
import nl.regiokompas.query.support.Json;
import nl.regiokompas.query.support.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.timestamp;

/** Each mandate as it stands, and every change to it; an ended mandate stays, flagged inactive. */
@Component
@ProcessingGroup(ProjectionGroups.MANDATES)
class MandateProjection {

    private static final String USER_ID = AuditMetaData.USER_ID;

    private final JdbcTemplate jdbc;

    MandateProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MandateRegistered event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(USER_ID) String by) {
        int inserted = jdbc.update("""
                        INSERT INTO mandate (mandate_id, theme_code, active, bestuurlijk_opdrachtgever,
                            ambtelijk_opdrachtgever, ambtenaar50, powers, registered_at, version)
                        VALUES (?, ?, TRUE, ?, ?, ?, CAST(? AS jsonb), ?, ?) ON CONFLICT (mandate_id) DO NOTHING""",
                event.mandateId(), event.themeCode(), event.bestuurlijkOpdrachtgever(),
                event.ambtelijkOpdrachtgever(), event.ambtenaar50(), Json.write(powers(event.powers())),
                timestamp(at), sequence);
        if (inserted == 1) {
            recordChange(event.mandateId(), sequence, MandateView.REGISTERED, at, by, null,
                    event.bestuurlijkOpdrachtgever(), event.ambtelijkOpdrachtgever(), event.ambtenaar50(),
                    event.powers());
        }
    }

    @EventHandler
    void on(MandateAmended event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(USER_ID) String by) {
        int updated = jdbc.update("""
                        UPDATE mandate SET bestuurlijk_opdrachtgever = ?, ambtelijk_opdrachtgever = ?,
                            ambtenaar50 = ?, powers = CAST(? AS jsonb), version = ?
                        WHERE mandate_id = ? AND version < ?""",
                event.bestuurlijkOpdrachtgever(), event.ambtelijkOpdrachtgever(), event.ambtenaar50(),
                Json.write(powers(event.powers())), sequence, event.mandateId(), sequence);
        if (updated == 1) {
            recordChange(event.mandateId(), sequence, MandateView.AMENDED, at, by, event.reason(),
                    event.bestuurlijkOpdrachtgever(), event.ambtelijkOpdrachtgever(), event.ambtenaar50(),
                    event.powers());
        }
    }

    @EventHandler
    void on(MandateEnded event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(USER_ID) String by) {
        int updated = jdbc.update("""
                        UPDATE mandate SET active = FALSE, ended_at = ?, version = ?
                        WHERE mandate_id = ? AND version < ?""",
                timestamp(at), sequence, event.mandateId(), sequence);
        if (updated == 1) {
            jdbc.update("""
                            INSERT INTO mandate_change (mandate_id, sequence, kind, at, by_user, reason,
                                bestuurlijk_opdrachtgever, ambtelijk_opdrachtgever, ambtenaar50, powers)
                            SELECT mandate_id, ?, ?, ?, ?, ?, bestuurlijk_opdrachtgever, ambtelijk_opdrachtgever,
                                ambtenaar50, powers
                            FROM mandate WHERE mandate_id = ?""",
                    sequence, MandateView.ENDED, timestamp(at), by, event.reason(), event.mandateId());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM mandate_change");
        jdbc.update("DELETE FROM mandate");
    }

    private void recordChange(String mandateId, long sequence, String kind, Instant at, String by, String reason,
                              String bestuurlijk, String ambtelijk, String ambtenaar50, List<Power> powers) {
        jdbc.update("""
                        INSERT INTO mandate_change (mandate_id, sequence, kind, at, by_user, reason,
                            bestuurlijk_opdrachtgever, ambtelijk_opdrachtgever, ambtenaar50, powers)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""",
                mandateId, sequence, kind, timestamp(at), by, reason, bestuurlijk, ambtelijk, ambtenaar50,
                Json.write(powers(powers)));
    }

    private static List<Power> powers(List<Power> powers) {
        return powers == null ? List.of() : powers;
    }
}
