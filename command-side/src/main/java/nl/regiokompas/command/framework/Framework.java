package nl.regiokompas.command.framework;

import nl.regiokompas.api.common.Limits;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.AdoptFramework;
import nl.regiokompas.api.framework.FrameworkAdopted;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.command.common.Caller;
import nl.regiokompas.command.common.Rules;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The afwegingskader of one region, identified by the region code. Every adopted version is kept, because
 * an assessment stays pinned to the version it was opened with.
 */
@Aggregate
public class Framework {

    /** The user id under which the application seeds the first version at start-up. */
    public static final String SEEDING_USER = "system";

    @AggregateIdentifier
    private String regionCode;
    private final Map<Integer, FrameworkTerms> termsByVersion = new TreeMap<>();
    private int currentVersion;

    protected Framework() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(AdoptFramework command, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        if (!SEEDING_USER.equals(caller.userId())) {
            caller.requireRole(Role.PROGRAMMATEAM);
        }
        FrameworkContentRules.validate(command.regionCode(), command.content());
        String reason = Rules.optionalText("reason", "de reden", command.reason(), Limits.LONG_TEXT);
        int version = currentVersion + 1;
        apply(new FrameworkAdopted(command.regionCode(), version, command.content(), reason));
        return version;
    }

    /** The terms of {@code version}, or of the current version when {@code version} is null. */
    public FrameworkTerms termsOf(Integer version) {
        int wanted = version == null ? currentVersion : version;
        FrameworkTerms terms = termsByVersion.get(wanted);
        if (terms == null) {
            String region = termsByVersion.get(currentVersion).nameOf(FrameworkTerms.Term.REGION, regionCode);
            throw RuleViolation.notFound("Het afwegingskader van " + region + " kent geen versie " + wanted
                    + "; vastgestelde versies: " + termsByVersion.keySet() + ".");
        }
        return terms;
    }

    @EventSourcingHandler
    void on(FrameworkAdopted event) {
        regionCode = event.regionCode();
        currentVersion = event.version();
        termsByVersion.put(event.version(), FrameworkTerms.of(event.version(), event.content()));
    }
}
