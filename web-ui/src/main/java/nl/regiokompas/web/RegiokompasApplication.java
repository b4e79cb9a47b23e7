package nl.regiokompas.web;

import nl.regiokompas.platform.PlatformConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/**
 * The Regiokompas application. It scans only the web layer and imports the platform (database, event store,
 * serializers, snapshots, command dispatch); the command side and the query side are switched on by
 * {@link CommandSideConfiguration} and {@link QuerySideConfiguration}, so that one code base runs as a single
 * process or split behind Axon Server.
 */
@SpringBootApplication
@Import(PlatformConfiguration.class)
@ConfigurationPropertiesScan("nl.regiokompas")
public class RegiokompasApplication {

    public static void main(String[] args) {
        // A regional tool running inside a gemeente's network has no business phoning home.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        SpringApplication.run(RegiokompasApplication.class, args);
    }
}
