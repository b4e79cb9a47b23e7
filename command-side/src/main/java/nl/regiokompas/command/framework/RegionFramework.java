package nl.regiokompas.command.framework;

import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/** The framework of the region this application serves, as the creation handlers need it. */
public final class RegionFramework {

    private final Repository<Framework> frameworkRepository;
    private final String regionCode;

    public RegionFramework(Repository<Framework> frameworkRepository, String regionCode) {
        this.frameworkRepository = frameworkRepository;
        this.regionCode = regionCode;
    }

    /** The terms of {@code version}, or of the current version when {@code version} is null. */
    public FrameworkTerms termsOf(Integer version) {
        try {
            return frameworkRepository.load(regionCode).invoke(framework -> framework.termsOf(version));
        } catch (AggregateNotFoundException e) {
            throw RuleViolation.notFound("Regio " + regionCode + " heeft nog geen afwegingskader vastgesteld.");
        }
    }
}
