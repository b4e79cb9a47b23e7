package nl.regiokompas.command.raad;

import nl.regiokompas.api.raad.SetKader;
import nl.regiokompas.command.common.Caller;
import nl.regiokompas.command.framework.Framework;
import nl.regiokompas.command.framework.RegionFramework;
import nl.regiokompas.platform.region.RegionProperties;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Sets a kader against the current framework of the region. */
@Component
public class KaderSetting {

    private final RegionFramework regionFramework;
    private final Repository<Kader> kaderRepository;

    public KaderSetting(Repository<Framework> frameworkRepository, Repository<Kader> kaderRepository,
                        RegionProperties region) {
        this.regionFramework = new RegionFramework(frameworkRepository, region.regionCode());
        this.kaderRepository = kaderRepository;
    }

    @CommandHandler
    public String handle(SetKader command, MetaData metaData) throws Exception {
        Caller caller = Caller.from(metaData);
        caller.requireRole(nl.regiokompas.api.common.Role.GRIFFIER);
        kaderRepository.newInstance(() -> new Kader(command, regionFramework.termsOf(null), caller));
        return command.kaderId();
    }
}
