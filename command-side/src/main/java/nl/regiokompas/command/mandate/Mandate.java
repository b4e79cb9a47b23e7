package nl.regiokompas.command.mandate;

import nl.regiokompas.api.common.Limits;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.mandate.AmendMandate;
import nl.regiokompas.api.mandate.EndMandate;
import nl.regiokompas.api.mandate.MandateAmended;
import nl.regiokompas.api.mandate.MandateEnded;
import nl.regiokompas.api.mandate.MandateRegistered;
import nl.regiokompas.api.mandate.Power;
import nl.regiokompas.api.mandate.RegisterMandate;
import nl.regiokompas.command.common.Caller;
import nl.regiokompas.command.common.Choices;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.List;

import static nl.regiokompas.command.common.Rules.requireKnown;
import static nl.regiokompas.command.common.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The gouden driehoek of a theme and which decisions fall under whose mandate. It is registered, amended
 * and ended, never overwritten: every earlier state stays in its events.
 */
@Aggregate
public class Mandate {

    static final int MAX_DECISION_LENGTH = 500;

    @AggregateIdentifier
    private String mandateId;
    private String themeCode;
    private FrameworkTerms terms;
    private boolean ended;

    protected Mandate() {
    }

    public Mandate(RegisterMandate command, FrameworkTerms terms) {
        String id = requireText("mandateId", "het id van het mandaat", command.mandateId(), Limits.SHORT_TEXT);
        String theme = requireKnown("themeCode", "het thema", "Onbekend thema", command.themeCode(),
                Choices.of(terms, FrameworkTerms.Term.THEME, terms.themes()));
        Holders holders = Holders.of(command.bestuurlijkOpdrachtgever(), command.ambtelijkOpdrachtgever(),
                command.ambtenaar50());
        apply(new MandateRegistered(id, theme, holders.bestuurlijk(), holders.ambtelijk(), holders.ambtenaar50(),
                powers(command.powers(), terms), terms));
    }

    @CommandHandler
    public void handle(AmendMandate command, MetaData metaData) {
        Caller.from(metaData).requireRole(Role.PROGRAMMATEAM);
        requireNotEnded();
        Holders holders = Holders.of(command.bestuurlijkOpdrachtgever(), command.ambtelijkOpdrachtgever(),
                command.ambtenaar50());
        List<Power> powers = powers(command.powers(), terms);
        String reason = requireText("reason", "de reden", command.reason(), Limits.LONG_TEXT);
        apply(new MandateAmended(mandateId, themeCode, holders.bestuurlijk(), holders.ambtelijk(),
                holders.ambtenaar50(), powers, reason));
    }

    @CommandHandler
    public void handle(EndMandate command, MetaData metaData) {
        Caller.from(metaData).requireRole(Role.PROGRAMMATEAM);
        requireNotEnded();
        String reason = requireText("reason", "de reden", command.reason(), Limits.LONG_TEXT);
        apply(new MandateEnded(mandateId, themeCode, reason));
    }

    private void requireNotEnded() {
        if (ended) {
            throw RuleViolation.illegalState("Dit mandaat is beëindigd; registreer zo nodig een nieuw mandaat.");
        }
    }

    private static List<Power> powers(List<Power> requested, FrameworkTerms terms) {
        List<Power> powers = new ArrayList<>();
        for (Power power : requested == null ? List.<Power>of() : requested) {
            if (power == null) {
                throw RuleViolation.invalid("powers", "Een bevoegdheid is leeg; geef een besluit en een rol op.");
            }
            String decision = requireText("powers", "het besluit van een bevoegdheid", power.decision(),
                    MAX_DECISION_LENGTH);
            String holderRole = requireKnown("powers", "de rol van een bevoegdheid", "Onbekende mandaatrol",
                    power.holderRole(), Choices.of(terms, FrameworkTerms.Term.MANDATE_ROLE, terms.mandateRoles()));
            powers.add(new Power(decision, holderRole));
        }
        return List.copyOf(powers);
    }

    /** The three roles of the gouden driehoek, each filled in by name. */
    private record Holders(String bestuurlijk, String ambtelijk, String ambtenaar50) {

        static Holders of(String bestuurlijk, String ambtelijk, String ambtenaar50) {
            return new Holders(
                    requireText("bestuurlijkOpdrachtgever", "de bestuurlijk opdrachtgever", bestuurlijk,
                            Limits.SHORT_TEXT),
                    requireText("ambtelijkOpdrachtgever", "de ambtelijk opdrachtgever", ambtelijk, Limits.SHORT_TEXT),
                    requireText("ambtenaar50", "de ambtenaar 5.0", ambtenaar50, Limits.SHORT_TEXT));
        }
    }

    @EventSourcingHandler
    void on(MandateRegistered event) {
        mandateId = event.mandateId();
        themeCode = event.themeCode();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(MandateEnded event) {
        ended = true;
    }
}
