package nl.regiokompas.command.raad;

import nl.regiokompas.api.common.Limits;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.raad.AmendKader;
import nl.regiokompas.api.raad.KaderAmended;
import nl.regiokompas.api.raad.KaderSet;
import nl.regiokompas.api.raad.KaderWithdrawn;
import nl.regiokompas.api.raad.Raadsbesluit;
import nl.regiokompas.api.raad.SetKader;
import nl.regiokompas.api.raad.WithdrawKader;
import nl.regiokompas.command.common.Caller;
import nl.regiokompas.command.common.Choices;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static nl.regiokompas.api.framework.FrameworkTerms.Term.GEMEENTE;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.THEME;
import static nl.regiokompas.command.common.Rules.requireKnown;
import static nl.regiokompas.command.common.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A kader that the gemeenteraad gave its wethouder for a theme. It is set, amended and withdrawn by raadsbesluiten,
 * never overwritten: every earlier text stays in its events. Only the griffier of that gemeente records them.
 */
@Aggregate
public class Kader {

    @AggregateIdentifier
    private String kaderId;
    private String gemeente;
    private String themeCode;
    private FrameworkTerms terms;
    private boolean withdrawn;

    protected Kader() {
    }

    Kader(SetKader command, FrameworkTerms terms, Caller caller) {
        String id = requireText("kaderId", "het id van het kader", command.kaderId(), Limits.SHORT_TEXT);
        String gemeente = requireKnown("gemeente", "de gemeente", "Onbekende gemeente", command.gemeente(),
                Choices.of(terms, GEMEENTE, terms.gemeenten()));
        requireOwnGemeente(caller, gemeente, terms);
        String theme = requireKnown("themeCode", "het thema", "Onbekend thema", command.themeCode(),
                Choices.of(terms, THEME, terms.themes()));
        String text = requireText("text", "de tekst van het kader", command.text(), Limits.LONG_TEXT);
        Raadsbesluit besluit = RaadsbesluitRules.require("raadsbesluit", command.raadsbesluit());
        apply(new KaderSet(id, gemeente, theme, text, besluit, terms));
    }

    @CommandHandler
    public void handle(AmendKader command, MetaData metaData) {
        requireOwnGemeente(Caller.from(metaData), gemeente, terms);
        requireNotWithdrawn();
        String text = requireText("text", "de tekst van het kader", command.text(), Limits.LONG_TEXT);
        Raadsbesluit besluit = RaadsbesluitRules.require("raadsbesluit", command.raadsbesluit());
        apply(new KaderAmended(kaderId, gemeente, themeCode, text, besluit));
    }

    @CommandHandler
    public void handle(WithdrawKader command, MetaData metaData) {
        requireOwnGemeente(Caller.from(metaData), gemeente, terms);
        requireNotWithdrawn();
        Raadsbesluit besluit = RaadsbesluitRules.require("raadsbesluit", command.raadsbesluit());
        apply(new KaderWithdrawn(kaderId, gemeente, themeCode, besluit));
    }

    static void requireOwnGemeente(Caller caller, String gemeente, FrameworkTerms terms) {
        caller.requireRole(Role.GRIFFIER);
        if (!gemeente.equals(caller.gemeente())) {
            throw RuleViolation.notAllowed("Een griffier legt alleen vast voor de eigen gemeente ("
                    + terms.nameOf(GEMEENTE, caller.gemeente()) + "), niet voor " + terms.nameOf(GEMEENTE, gemeente)
                    + ".");
        }
    }

    private void requireNotWithdrawn() {
        if (withdrawn) {
            throw RuleViolation.illegalState("Dit kader is ingetrokken; leg zo nodig een nieuw kader vast.");
        }
    }

    @EventSourcingHandler
    void on(KaderSet event) {
        kaderId = event.kaderId();
        gemeente = event.gemeente();
        themeCode = event.themeCode();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(KaderWithdrawn event) {
        withdrawn = true;
    }
}
