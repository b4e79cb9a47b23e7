package nl.regiokompas.platform.schema;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Flyway refuses to start when an applied migration's file changed. A few applied migrations had their
 * comments corrected after they ran; each such edit is listed here with the checksum before and after, and a
 * database that recorded exactly the old checksum gets the new one before Flyway validates. Any other
 * difference still stops the start, as Flyway intends.
 */
@Configuration(proxyBeanMethods = false)
public class MigrationChecksumCorrections {

    private static final Logger log = LoggerFactory.getLogger(MigrationChecksumCorrections.class);

    /** An applied migration whose file changed in comments only. */
    record Correction(String version, int before, int after, String why) {
    }

    static final List<Correction> CORRECTIONS = List.of(
            new Correction("100", 502538083, -384162738, "comment names docs/api.md instead of a file outside the repository"));

    @Bean
    FlywayMigrationStrategy correctingMigrationStrategy() {
        return flyway -> {
            correct(flyway);
            flyway.migrate();
        };
    }

    public static void correct(Flyway flyway) {
        JdbcTemplate jdbc = new JdbcTemplate(flyway.getConfiguration().getDataSource());
        String table = flyway.getConfiguration().getTable();
        Boolean exists = jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, table);
        if (!Boolean.TRUE.equals(exists)) {
            return;
        }
        for (Correction correction : CORRECTIONS) {
            int corrected = jdbc.update("UPDATE " + table + " SET checksum = ? WHERE version = ? AND checksum = ?",
                    correction.after(), correction.version(), correction.before());
            if (corrected > 0) {
                log.info("Migration {}: recorded checksum corrected ({})", correction.version(), correction.why());
            }
        }
    }
}
