package nl.regiokompas.command.assessment;

import nl.regiokompas.platform.region.RegionProperties;
import nl.regiokompas.api.assessment.OpenAssessment;
import nl.regiokompas.api.assessment.OpeningOutcome;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.command.common.Caller;
import nl.regiokompas.command.framework.Framework;
import nl.regiokompas.command.framework.RegionFramework;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Opens an assessment pinned to the requested (or current) version of the region's framework. */
@Component
public class AssessmentOpening {

    private final RegionFramework regionFramework;
    private final Repository<Assessment> assessmentRepository;
    private final ThemeMandates themeMandates;

    @org.springframework.beans.factory.annotation.Autowired
    public AssessmentOpening(Repository<Framework> frameworkRepository, Repository<Assessment> assessmentRepository,
                             RegionProperties region, ThemeMandates themeMandates) {
        this.regionFramework = new RegionFramework(frameworkRepository, region.regionCode());
        this.assessmentRepository = assessmentRepository;
        this.themeMandates = themeMandates;
    }

    public AssessmentOpening(Repository<Framework> frameworkRepository, Repository<Assessment> assessmentRepository,
                             RegionProperties region) {
        this(frameworkRepository, assessmentRepository, region, theme -> ActiveMandate.NONE);
    }

    @CommandHandler
    public OpeningOutcome handle(OpenAssessment command, MetaData metaData) throws Exception {
        Caller.from(metaData).requireRole(Role.STRATEEG, Role.PROGRAMMATEAM);
        FrameworkTerms terms = regionFramework.termsOf(command.frameworkVersion());
        ActiveMandate mandate = themeMandates.activeFor(command.themeCode());
        Aggregate<Assessment> opened = assessmentRepository.newInstance(() -> new Assessment(command, terms, mandate));
        return new OpeningOutcome(command.assessmentId(), opened.version());
    }
}
