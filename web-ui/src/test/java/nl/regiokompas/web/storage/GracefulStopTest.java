package nl.regiokompas.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import nl.regiokompas.platform.storage.LeftoverServer;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graceful stop (SIGTERM, as a container stop or a service manager sends it) keeps the embedded
 * PostgreSQL until the application has stopped using it: the projections release their tokens and the
 * background writers end without failing on a database that is already gone.
 */
class GracefulStopTest {

    @TempDir
    Path work;

    @AfterEach
    void stopWhatIsLeft() throws Exception {
        LeftoverServer.stopIfRunning(work.resolve("data"));
    }

    @Test
    void a_graceful_stop_stops_the_embedded_postgresql_only_after_the_application_stopped_using_it() throws Exception {
        ChildApplication application = ChildApplication.start(work.resolve("data"), work.resolve("application.log"));
        AssessmentScenarios jeugd = AssessmentScenarios.open(application.api, "JEUGD");
        assertThat(jeugd.input("BUN", "BELEID", "C1", "REGIONAAL", "Voor de stop.").status()).isEqualTo(200);
        ProcessHandle postmaster = application.postmaster();

        application.close();

        String log = application.log();
        assertThat(log).as("the projections' tokens are released on the way down")
                .doesNotContain("Release claim failed")
                .doesNotContain("Timed out during shutdown");
        assertThat(log).as("no background writer meets a stopped database")
                .doesNotContain("Failed to obtain JDBC Connection")
                .doesNotContain("Could not write an event checkpoint");
        assertThat(postmaster.onExit()).as("the embedded PostgreSQL stops with the application")
                .succeedsWithin(Duration.ofSeconds(30));
    }
}
