package nl.regiokompas.web.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import nl.regiokompas.platform.schema.MigrationChecksumCorrections;
import nl.regiokompas.web.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A database migrated before a comment of migration 100 was corrected still starts; nothing else is forgiven. */
class MigrationChecksumTest extends IntegrationTest {

    private static final int BEFORE_COMMENT_EDIT = 502538083;
    private static final int AFTER_COMMENT_EDIT = -384162738;

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_corrected_checksum_is_the_one_flyway_computes_for_the_file() {
        assertThat(recordedChecksum()).isEqualTo(AFTER_COMMENT_EDIT);
    }

    @Test
    void a_database_that_recorded_the_old_checksum_validates_after_the_correction() {
        try {
            setRecordedChecksum(BEFORE_COMMENT_EDIT);

            MigrationChecksumCorrections.correct(flyway);

            assertThat(recordedChecksum()).isEqualTo(AFTER_COMMENT_EDIT);
            assertThatCode(flyway::validate).doesNotThrowAnyException();
        } finally {
            setRecordedChecksum(AFTER_COMMENT_EDIT);
        }
    }

    @Test
    void any_other_checksum_is_left_for_flyway_to_refuse() {
        try {
            setRecordedChecksum(12345);

            MigrationChecksumCorrections.correct(flyway);

            assertThat(recordedChecksum()).isEqualTo(12345);
            assertThat(flyway.validateWithResult().validationSuccessful).isFalse();
        } finally {
            setRecordedChecksum(AFTER_COMMENT_EDIT);
        }
    }

    private int recordedChecksum() {
        return jdbc.queryForObject("SELECT checksum FROM flyway_schema_history WHERE version = '100'", Integer.class);
    }

    private void setRecordedChecksum(int checksum) {
        jdbc.update("UPDATE flyway_schema_history SET checksum = ? WHERE version = '100'", checksum);
    }
}
