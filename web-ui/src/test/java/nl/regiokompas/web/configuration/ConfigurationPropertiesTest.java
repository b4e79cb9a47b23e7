package nl.regiokompas.web.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.regiokompas.command.assessment.SnapshotProperties;
import nl.regiokompas.platform.command.CommandDispatchProperties;
import nl.regiokompas.platform.region.RegionProperties;
import nl.regiokompas.platform.storage.StorageProperties;
import nl.regiokompas.query.raad.RaadProperties;
import nl.regiokompas.query.support.ProjectionProperties;
import nl.regiokompas.web.assessment.ReadYourWritesProperties;
import nl.regiokompas.web.audit.AnchorProperties;
import nl.regiokompas.web.demo.DemoHistoryProperties;
import nl.regiokompas.web.security.SignInProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Every setting of Regiokompas has a documented default and is checked at start-up: a bad value stops the start. */
class ConfigurationPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({StorageProperties.class, RegionProperties.class, CommandDispatchProperties.class,
            SnapshotProperties.class, ProjectionProperties.class, ReadYourWritesProperties.class,
            AnchorProperties.class, DemoHistoryProperties.class, SignInProperties.class, RaadProperties.class})
    static class AllSettings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(AllSettings.class)
            .withPropertyValues("regiokompas.data-dir=/tmp/regiokompas-settings-test");

    @Test
    void the_defaults_are_the_documented_ones() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            StorageProperties storage = started.getBean(StorageProperties.class);
            assertThat(storage.datasource().poolSize()).isEqualTo(30);
            assertThat(storage.eventStore().fetchDelay()).isEqualTo(Duration.ofMillis(100));
            assertThat(storage.embedded().ephemeral()).isFalse();
            assertThat(started.getBean(RegionProperties.class).regionCode()).isEqualTo("ZOU");
            assertThat(started.getBean(CommandDispatchProperties.class).racingWriteRetries()).isEqualTo(3);
            assertThat(started.getBean(SnapshotProperties.class).snapshotThreshold()).isEqualTo(1000);
            assertThat(started.getBean(ProjectionProperties.class).batchSize()).isEqualTo(100);
            assertThat(started.getBean(ProjectionProperties.class).rebuildTimeout()).isEqualTo(Duration.ofMinutes(10));
            assertThat(started.getBean(ProjectionProperties.class).rebuildBatchSize()).isEqualTo(2000);
            assertThat(started.getBean(ProjectionProperties.class).documentSnapshotInterval()).isEqualTo(250);
            assertThat(started.getBean(ReadYourWritesProperties.class).timeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(started.getBean(AnchorProperties.class).anchorInterval()).isEqualTo(Duration.ofMinutes(5));
            assertThat(started.getBean(DemoHistoryProperties.class).size()).isZero();
            assertThat(started.getBean(SignInProperties.class).signInThrottle().freeFailures()).isEqualTo(5);
            assertThat(started.getBean(RaadProperties.class).informingTerm()).isEqualTo(Duration.ofDays(42));
        });
    }

    @Test
    void an_informing_term_shorter_than_a_day_stops_the_start() {
        assertStartRefused("regiokompas.raad.informing-term=1h", "regiokompas.raad.informing-term");
    }

    @Test
    void a_pool_without_connections_stops_the_start_naming_the_setting() {
        assertStartRefused("regiokompas.datasource.pool-size=0", "datasource.poolSize");
    }

    @Test
    void a_region_code_that_names_no_framework_stops_the_start() {
        assertStartRefused("regiokompas.region-code=zou*", "regiokompas.region-code");
    }

    @Test
    void a_negative_read_your_writes_timeout_stops_the_start() {
        assertStartRefused("regiokompas.read-your-writes.timeout=-1s", "regiokompas.read-your-writes.timeout");
    }

    @Test
    void an_anchor_interval_of_zero_stops_the_start() {
        assertStartRefused("regiokompas.audit.anchor-interval=0s", "regiokompas.audit.anchor-interval");
    }

    @Test
    void a_snapshot_threshold_of_zero_stops_the_start() {
        assertStartRefused("regiokompas.snapshot-threshold=0", "regiokompas.snapshot-threshold");
    }

    @Test
    void a_batch_size_that_is_no_number_stops_the_start() {
        assertStartRefused("regiokompas.projections.batch-size=veel", "regiokompas.projections.batch-size");
    }

    @Test
    void a_negative_batch_gathering_stops_the_start() {
        assertStartRefused("regiokompas.projections.batch-gathering-millis=-1", "batchGatheringMillis");
    }

    @Test
    void a_throttle_without_free_failures_stops_the_start() {
        assertStartRefused("regiokompas.security.sign-in-throttle.free-failures=0", "signInThrottle.freeFailures");
    }

    @Test
    void a_missing_data_directory_stops_the_start() {
        new ApplicationContextRunner().withUserConfiguration(AllSettings.class)
                .run(started -> assertThat(started).getFailure().rootCause().hasMessageContaining("dataDir"));
    }

    /** The failure names the setting (nested settings by their path in the record, e.g. datasource.poolSize). */
    private void assertStartRefused(String setting, String named) {
        context.withPropertyValues(setting).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).hasStackTraceContaining(named);
        });
    }
}
