package nl.regiokompas.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import nl.regiokompas.api.audit.ChainVerification;
import nl.regiokompas.api.audit.HashChainAnchor;
import nl.regiokompas.api.audit.VerifyEventChain;
import nl.regiokompas.platform.storage.EmbeddedDatabase;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.RegiokompasApplication;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * A data directory from before V260: its events were chained by V3's global chain. After the upgrade they
 * still verify by that chain, got stream links, and checkpoint 1 follows the global chain's head; anchors taken
 * before the upgrade still match. Runs on a database of its own in the shared embedded server.
 */
@SpringBootTest(classes = RegiokompasApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GlobalChainUpgradeTest extends IntegrationTest {

    @Autowired
    private EmbeddedDatabase database;

    @Autowired
    private JdbcTemplate shared;

    private String name;
    private JdbcTemplate jdbc;
    private EventChainVerifier verifier;

    @BeforeEach
    void databaseOfVersion3() {
        name = "upgrade_" + UUID.randomUUID().toString().replace("-", "");
        shared.execute("CREATE DATABASE " + name);
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(),
                database.jdbcUrl().replace("/postgres?", "/" + name + "?"), "postgres", database.password());
        jdbc = new JdbcTemplate(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("3").load().migrate();
        verifier = new EventChainVerifier(jdbc, new ChainLinks(jdbc), new JdbcTransactionManager(dataSource));
    }

    @AfterEach
    void dropDatabase() {
        shared.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    @Test
    void events_chained_globally_before_the_upgrade_still_verify_and_anchors_taken_then_still_match() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        insertEvent(first, 0);
        insertEvent(second, 0);
        insertEvent(first, 1);
        String anchorBefore = jdbc.queryForObject(
                "SELECT position || ':' || encode(hash, 'hex') FROM event_hash_chain ORDER BY position DESC LIMIT 1",
                String.class);

        upgrade();
        insertEvent(first, 2);
        ChainVerification verification = verifier.handle(new VerifyEventChain(HashChainAnchor.parse(anchorBefore), null));

        assertThat(verification.ok()).as(verification.toString()).isTrue();
        assertThat(verification.globalLinksChecked()).isEqualTo(3);
        assertThat(verification.eventsChecked()).isEqualTo(4);
        assertThat(verification.checkpointsChecked()).isEqualTo(1);
        assertThat(verification.anchor().matches()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_hash_chain", Long.class))
                .as("no event is added to the global chain after the upgrade").isEqualTo(3);
        assertThat(jdbc.queryForObject("""
                SELECT c.previous_hash = g.hash FROM event_checkpoint c, event_hash_chain g
                WHERE c.number = 1 AND g.position = 3""", Boolean.class)).isTrue();
    }

    @Test
    void an_event_altered_after_the_upgrade_that_was_chained_before_it_is_named_by_the_global_chain() {
        String aggregate = UUID.randomUUID().toString();
        insertEvent(aggregate, 0);
        insertEvent(aggregate, 1);
        upgrade();
        String eventId = jdbc.queryForObject("""
                SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""",
                String.class, aggregate);
        jdbc.update("UPDATE domain_event_entry SET payload = '{\"x\":2}'::bytea WHERE event_identifier = ?", eventId);

        ChainVerification verification = verifier.handle(new VerifyEventChain());

        assertThat(verification.ok()).isFalse();
        assertThat(verification.firstBrokenEvent()).isEqualTo(eventId);
        assertThat(verification.broken().problem()).isEqualTo(ChainVerification.Problem.ALTERED);
    }

    private void upgrade() {
        Flyway.configure().dataSource(jdbc.getDataSource()).locations("classpath:db/migration").load().migrate();
    }

    private void insertEvent(String aggregate, long sequence) {
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload, meta_data)
                VALUES (?, ?, ?, 'Assessment', '2027-03-01T12:00:00.000Z', 'nl.regiokompas.Test', '{"x":1}'::bytea,
                    '{}'::bytea)""", UUID.randomUUID().toString(), aggregate, sequence);
    }
}
