package nl.regiokompas.command.reflection;

import nl.regiokompas.platform.region.RegionProperties;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.reflection.RecordReflection;
import nl.regiokompas.command.assessment.Assessment;
import nl.regiokompas.command.common.Caller;
import nl.regiokompas.command.framework.Framework;
import nl.regiokompas.command.framework.RegionFramework;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Records a reflection against the current framework, optionally on an existing assessment. */
@Component
public class ReflectionRecording {

    private final RegionFramework regionFramework;
    private final Repository<Assessment> assessmentRepository;
    private final Repository<Reflection> reflectionRepository;

    public ReflectionRecording(Repository<Framework> frameworkRepository,
                               Repository<Assessment> assessmentRepository,
                               Repository<Reflection> reflectionRepository,
                               RegionProperties region) {
        this.regionFramework = new RegionFramework(frameworkRepository, region.regionCode());
        this.assessmentRepository = assessmentRepository;
        this.reflectionRepository = reflectionRepository;
    }

    @CommandHandler
    public String handle(RecordReflection command, MetaData metaData) throws Exception {
        Caller.from(metaData).requireRole(Role.STRATEEG, Role.BESTUURDER, Role.PROGRAMMATEAM);
        FrameworkTerms terms = regionFramework.termsOf(null);
        if (command.assessmentId() != null && !command.assessmentId().isBlank()) {
            requireExistingAssessment(command.assessmentId());
        }
        reflectionRepository.newInstance(() -> new Reflection(command, terms));
        return command.reflectionId();
    }

    private void requireExistingAssessment(String assessmentId) {
        try {
            assessmentRepository.load(assessmentId);
        } catch (AggregateNotFoundException e) {
            throw RuleViolation.notFound("Afwegingstraject '" + assessmentId + "' bestaat niet.");
        }
    }
}
