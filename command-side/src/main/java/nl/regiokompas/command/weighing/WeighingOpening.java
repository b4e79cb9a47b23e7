package nl.regiokompas.command.weighing;

import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.weighing.OpenWeighing;
import nl.regiokompas.api.weighing.WeighingAction;
import nl.regiokompas.api.weighing.WeighingOutcome;
import nl.regiokompas.command.common.Caller;
import nl.regiokompas.command.framework.Framework;
import nl.regiokompas.command.framework.RegionFramework;
import nl.regiokompas.platform.region.RegionProperties;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Opens a weighing on the current framework version, with the confirmed assessments of its themes looked up
 * before the aggregate is created (set-based validation: the aggregate decides on the facts it is given).
 */
@Component
public class WeighingOpening {

    private final RegionFramework regionFramework;
    private final Repository<Weighing> weighingRepository;
    private final DecidedThemes decidedThemes;

    public WeighingOpening(Repository<Framework> frameworkRepository, Repository<Weighing> weighingRepository,
                           DecidedThemes decidedThemes, RegionProperties region) {
        this.regionFramework = new RegionFramework(frameworkRepository, region.regionCode());
        this.weighingRepository = weighingRepository;
        this.decidedThemes = decidedThemes;
    }

    @CommandHandler
    public WeighingOutcome handle(OpenWeighing command, MetaData metaData) throws Exception {
        Caller.from(metaData).requireRole(WeighingAction.OPEN.roles().toArray(Role[]::new));
        FrameworkTerms terms = regionFramework.termsOf(null);
        List<String> themeCodes = command.themeCodes() == null ? List.of() : command.themeCodes();
        Aggregate<Weighing> opened = weighingRepository.newInstance(() ->
                new Weighing(command, terms, decidedThemes.of(themeCodes)));
        return new WeighingOutcome(command.weighingId(), opened.version(), null, false);
    }
}
