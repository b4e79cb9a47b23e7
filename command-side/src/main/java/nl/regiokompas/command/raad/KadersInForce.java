package nl.regiokompas.command.raad;

import java.util.List;

import nl.regiokompas.api.raad.KaderAmended;
import nl.regiokompas.api.raad.KaderSet;
import nl.regiokompas.api.raad.KaderWithdrawn;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The command side's lookup of the kaders in force per gemeente and theme (set-based validation). A subscribing
 * processor writes it in the transaction that stores the kader's event, so a confirmation handled after that
 * transaction sees the kader. It is no projection: it is never rebuilt, and an assessment only reads it while
 * handling a confirmation (the aggregate itself keeps no kaders).
 */
@Component
@ProcessingGroup(KadersInForce.GROUP)
public class KadersInForce implements KaderLookup {

    static final String GROUP = "kaders-in-force";

    private final JdbcTemplate jdbc;

    public KadersInForce(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Autowired
    void subscribe(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(GROUP);
    }

    @Override
    public List<KaderInForce> of(String gemeente, String themeCode) {
        return jdbc.query("""
                        SELECT kader_id, text, reference FROM kader_in_force WHERE gemeente = ? AND theme_code = ?
                        ORDER BY position""",
                (rs, n) -> new KaderInForce(rs.getString("kader_id"), rs.getString("text"), rs.getString("reference")),
                gemeente, themeCode);
    }

    @EventHandler
    void on(KaderSet event) {
        jdbc.update("""
                        INSERT INTO kader_in_force (kader_id, gemeente, theme_code, text, reference)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (kader_id) DO NOTHING""",
                event.kaderId(), event.gemeente(), event.themeCode(), event.text(), event.raadsbesluit().reference());
    }

    @EventHandler
    void on(KaderAmended event) {
        jdbc.update("UPDATE kader_in_force SET text = ?, reference = ? WHERE kader_id = ?", event.text(),
                event.raadsbesluit().reference(), event.kaderId());
    }

    @EventHandler
    void on(KaderWithdrawn event) {
        jdbc.update("DELETE FROM kader_in_force WHERE kader_id = ?", event.kaderId());
    }
}
