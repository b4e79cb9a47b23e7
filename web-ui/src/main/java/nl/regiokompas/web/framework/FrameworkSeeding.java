package nl.regiokompas.web.framework;

import java.util.Map;

import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.framework.AdoptFramework;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.platform.region.RegionProperties;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On first start the region adopts version 1 of its framework from the seed file, as the system user. */
@Component
@Order(1)
@ConditionalOnProperty(name = "regiokompas.command-side.enabled", havingValue = "true", matchIfMissing = true)
class FrameworkSeeding implements ApplicationRunner {

    static final Map<String, String> SYSTEM = AuditMetaData.system("Regiokompas (eerste start)");

    private static final Logger log = LoggerFactory.getLogger(FrameworkSeeding.class);

    private final SeedFramework seed;
    private final EventStore eventStore;
    private final CommandGateway commands;
    private final String regionCode;

    FrameworkSeeding(SeedFramework seed, EventStore eventStore, CommandGateway commands,
                     RegionProperties region) {
        this.seed = seed;
        this.eventStore = eventStore;
        this.commands = commands;
        this.regionCode = region.regionCode();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (eventStore.lastSequenceNumberFor(regionCode).isPresent()) {
            return;
        }
        FrameworkContent content = seed.content();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new AdoptFramework(regionCode, content, "Eerste versie van het afwegingskader (startgegevens)"))
                .andMetaData(SYSTEM));
        log.info("Adopted framework version 1 of region {} from the seed file", regionCode);
    }
}
