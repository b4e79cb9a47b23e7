package nl.regiokompas.command.framework;

import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.common.Limits;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.AdoptFramework;
import nl.regiokompas.api.framework.AdoptFrameworkVersion;
import nl.regiokompas.api.framework.DeclineFrameworkVersion;
import nl.regiokompas.api.framework.FrameworkAdopted;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.FrameworkProposed;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.framework.FrameworkVersionAdoptedByGemeente;
import nl.regiokompas.api.framework.FrameworkVersionDeclinedByGemeente;
import nl.regiokompas.api.framework.ProposeFramework;
import nl.regiokompas.api.route.RouteAction;
import nl.regiokompas.command.common.Caller;
import nl.regiokompas.command.common.Rules;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The afwegingskader of one region, identified by the region code. Every version in force is kept, because
 * an assessment stays pinned to the version it was opened with. The first version is adopted at first start
 * ({@link AdoptFramework}); every later one is proposed by the programmateam and comes into force when the
 * bestuurder of every participating gemeente adopted it. {@link FrameworkAdopted} always means "in force from
 * now on", for the seeded version, for versions adopted directly before proposals existed, and for proposals.
 */
@Aggregate
public class Framework {

    /** The user id under which the application seeds the first version at start-up. */
    public static final String SEEDING_USER = AuditMetaData.SYSTEM_USER;

    @AggregateIdentifier
    private String regionCode;
    private final Map<Integer, FrameworkTerms> termsByVersion = new TreeMap<>();
    private final Map<Integer, FrameworkProposal> proposals = new HashMap<>();
    private int currentVersion;
    private int highestVersion;
    private FrameworkProposal openProposal;
    private FrameworkContent contentInForce;

    protected Framework() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(AdoptFramework command, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        if (!SEEDING_USER.equals(caller.userId())) {
            caller.requireRole(Role.PROGRAMMATEAM);
        }
        if (currentVersion > 0) {
            throw RuleViolation.illegalState("Het afwegingskader is al vastgesteld (versie " + currentVersion
                    + "). Stel een nieuwe versie voor; die geldt zodra alle gemeenten haar hebben vastgesteld.");
        }
        FrameworkContentRules.validate(command.regionCode(), command.content());
        String reason = Rules.optionalText("reason", "de reden", command.reason(), Limits.LONG_TEXT);
        int version = highestVersion + 1;
        apply(new FrameworkAdopted(command.regionCode(), version, command.content(), reason));
        return version;
    }

    @CommandHandler
    public int handle(ProposeFramework command, MetaData metaData) {
        Caller.from(metaData).require(RouteAction.PROPOSE_FRAMEWORK);
        FrameworkContentRules.validate(command.regionCode(), command.content());
        FrameworkTerms inForce = termsByVersion.get(currentVersion);
        if (command.content().equals(contentInForce)) {
            throw RuleViolation.invalid("content", "Het voorstel is gelijk aan de geldende versie "
                    + currentVersion + "; er valt niets vast te stellen.");
        }
        String reason = Rules.requireText("reason", "de toelichting op het voorstel", command.reason(), Limits.LONG_TEXT);
        int version = highestVersion + 1;
        apply(new FrameworkProposed(regionCode, version, currentVersion, command.content(), reason,
                inForce.gemeenten(), openProposal == null ? null : openProposal.version()));
        return version;
    }

    @CommandHandler
    public boolean handle(AdoptFrameworkVersion command, MetaData metaData) {
        FrameworkProposal proposal = answerable(command.version(), command.gemeente(), RouteAction.ADOPT_FRAMEWORK,
                Caller.from(metaData));
        if (proposal.hasAdopted(command.gemeente())) {
            throw RuleViolation.illegalState(gemeenteName(command.gemeente()) + " heeft versie " + command.version()
                    + " al vastgesteld.");
        }
        boolean inForce = proposal.completedBy(command.gemeente());
        apply(new FrameworkVersionAdoptedByGemeente(regionCode, command.version(), command.gemeente()));
        if (inForce) {
            apply(new FrameworkAdopted(regionCode, proposal.version(), proposal.content(), proposal.reason()));
        }
        return inForce;
    }

    @CommandHandler
    public void handle(DeclineFrameworkVersion command, MetaData metaData) {
        FrameworkProposal proposal = answerable(command.version(), command.gemeente(), RouteAction.DECLINE_FRAMEWORK,
                Caller.from(metaData));
        String reason = Rules.requireText("reason", "de reden van afwijzing", command.reason(), Limits.LONG_TEXT);
        if (proposal.hasAdopted(command.gemeente())) {
            throw RuleViolation.illegalState(gemeenteName(command.gemeente()) + " heeft versie " + command.version()
                    + " al vastgesteld.");
        }
        if (proposal.hasDeclined(command.gemeente())) {
            throw RuleViolation.illegalState(gemeenteName(command.gemeente()) + " heeft versie " + command.version()
                    + " al afgewezen.");
        }
        apply(new FrameworkVersionDeclinedByGemeente(regionCode, command.version(), command.gemeente(), reason));
    }

    /** The open proposal {@code version}, which {@code caller} may answer for {@code gemeente}. */
    private FrameworkProposal answerable(int version, String gemeente, RouteAction action, Caller caller) {
        caller.require(action);
        Rules.requireText("gemeente", "de gemeente", gemeente, Limits.SHORT_TEXT);
        FrameworkProposal proposal = proposals.get(version);
        if (proposal == null) {
            throw RuleViolation.notFound("Er is geen voorstel voor versie " + version + " van het afwegingskader.");
        }
        if (proposal != openProposal) {
            throw RuleViolation.illegalState("Versie " + version + " ligt niet meer voor: "
                    + (termsByVersion.containsKey(version) ? "zij is al in werking." : "een later voorstel verving haar."));
        }
        if (!proposal.participates(gemeente)) {
            throw RuleViolation.invalid("gemeente", "Onbekende gemeente '" + gemeente + "'; kies uit "
                    + termsByVersion.get(currentVersion).namesOf(FrameworkTerms.Term.GEMEENTE,
                    termsByVersion.get(currentVersion).gemeenten()) + ".");
        }
        caller.requireFor(action, gemeente, this::gemeenteName);
        return proposal;
    }

    private String gemeenteName(String code) {
        return code == null ? "geen gemeente" : termsByVersion.get(currentVersion).nameOf(FrameworkTerms.Term.GEMEENTE, code);
    }

    /** The terms of {@code version}, or of the current version when {@code version} is null. */
    public FrameworkTerms termsOf(Integer version) {
        int wanted = version == null ? currentVersion : version;
        FrameworkTerms terms = termsByVersion.get(wanted);
        if (terms == null) {
            String region = termsByVersion.get(currentVersion).nameOf(FrameworkTerms.Term.REGION, regionCode);
            if (proposals.containsKey(wanted)) {
                throw RuleViolation.illegalState("Versie " + wanted + " van het afwegingskader van " + region
                        + " is voorgesteld maar nog niet in werking; een afweging begint alleen op een geldende versie"
                        + " (nu versie " + currentVersion + ").");
            }
            throw RuleViolation.notFound("Het afwegingskader van " + region + " kent geen versie " + wanted
                    + "; vastgestelde versies: " + termsByVersion.keySet() + ".");
        }
        return terms;
    }

    @EventSourcingHandler
    void on(FrameworkAdopted event) {
        regionCode = event.regionCode();
        currentVersion = event.version();
        highestVersion = Math.max(highestVersion, event.version());
        termsByVersion.put(event.version(), FrameworkTerms.of(event.version(), event.content()));
        contentInForce = event.content();
        if (openProposal != null && openProposal.version() == event.version()) {
            openProposal = null;
        }
    }

    @EventSourcingHandler
    void on(FrameworkProposed event) {
        highestVersion = Math.max(highestVersion, event.version());
        openProposal = new FrameworkProposal(event.version(), event.content(), event.reason(), event.participants());
        proposals.put(event.version(), openProposal);
    }

    @EventSourcingHandler
    void on(FrameworkVersionAdoptedByGemeente event) {
        proposals.get(event.version()).adoptedBy(event.gemeente());
    }

    @EventSourcingHandler
    void on(FrameworkVersionDeclinedByGemeente event) {
        proposals.get(event.version()).declinedBy(event.gemeente());
    }
}
