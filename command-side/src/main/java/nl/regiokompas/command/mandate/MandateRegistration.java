package nl.regiokompas.command.mandate;

import nl.regiokompas.platform.region.RegionProperties;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.mandate.RegisterMandate;
import nl.regiokompas.command.common.Caller;
import nl.regiokompas.command.framework.Framework;
import nl.regiokompas.command.framework.RegionFramework;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Registers a mandate against the current framework of the region. */
@Component
public class MandateRegistration {

    private final RegionFramework regionFramework;
    private final Repository<Mandate> mandateRepository;

    public MandateRegistration(Repository<Framework> frameworkRepository, Repository<Mandate> mandateRepository,
                               RegionProperties region) {
        this.regionFramework = new RegionFramework(frameworkRepository, region.regionCode());
        this.mandateRepository = mandateRepository;
    }

    @CommandHandler
    public String handle(RegisterMandate command, MetaData metaData) throws Exception {
        Caller.from(metaData).requireRole(Role.PROGRAMMATEAM);
        FrameworkTerms terms = regionFramework.termsOf(null);
        mandateRepository.newInstance(() -> new Mandate(command, terms));
        return command.mandateId();
    }
}
