package nl.regiokompas.command.assessment;

import java.util.List;
import java.util.Set;

import nl.regiokompas.api.assessment.InterventionOutcome;
import nl.regiokompas.api.assessment.ResolveIntervention;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.command.common.Caller;

import static nl.regiokompas.api.framework.FrameworkTerms.Term.GEMEENTE;
import static nl.regiokompas.command.common.Rules.requireGiven;

/**
 * Who may end an intervention how, in a cooperation where no gemeente is overruled: only the intervening gemeente's
 * bestuurder withdraws it; the programmateam or that bestuurder records that a later revision took it over, naming
 * that revision, or refers it to the Bestuurstafel (it stays open); a deviation is accepted only by the consent of
 * every other participant ({@code ConsentToDeviation}), never by a resolution; VERWORPEN is no longer an outcome.
 */
final class InterventionOutcomeRules {

    static final String NOT_OVERRULED = "Verwerpen kan niet meer: de regio overrulet geen gemeente. Kies ingetrokken, "
            + "overgenomen of doorverwezen naar de Bestuurstafel, of vraag de andere deelnemers in te stemmen met de "
            + "lokale afwijking.";

    private final FrameworkTerms terms;

    InterventionOutcomeRules(FrameworkTerms terms) {
        this.terms = terms;
    }

    /** Refuses what the caller may not choose; returns the revision an OVERGENOMEN resolution names, else null. */
    Integer check(ResolveIntervention command, Intervention intervention, Caller caller,
                  Set<Integer> revisionsOfCycle, List<String> gemeenten) {
        InterventionOutcome outcome = requireGiven("outcome",
                "de uitkomst (ingetrokken, overgenomen of doorverwezen)", command.outcome());
        String gemeente = terms.nameOf(GEMEENTE, intervention.gemeente());
        boolean ownBestuurder = caller.role() == Role.BESTUURDER && intervention.gemeente().equals(caller.gemeente());
        switch (outcome) {
            case VERWORPEN -> throw RuleViolation.invalid("outcome", NOT_OVERRULED);
            case INGETROKKEN -> {
                if (!ownBestuurder) {
                    throw RuleViolation.notAllowed("Alleen de bestuurder van " + gemeente
                            + " kan deze interventie intrekken.");
                }
                return null;
            }
            case AFWIJKING_AANVAARD -> throw RuleViolation.illegalState("Een lokale afwijking is aanvaard zodra de "
                    + "bestuurders van alle andere deelnemers ermee instemmen; nog niet ingestemd: "
                    + terms.namesOf(GEMEENTE, gemeenten.stream().filter(g -> !g.equals(intervention.gemeente()))
                    .filter(g -> !intervention.consents().contains(g)).toList()) + ".");
            default -> {
                if (!ownBestuurder && caller.role() != Role.PROGRAMMATEAM) {
                    throw RuleViolation.notAllowed("Deze interventie handelt het programmateam of de bestuurder van "
                            + gemeente + " af.");
                }
                if (outcome == InterventionOutcome.DOORVERWEZEN) {
                    requireGiven("bestuurstafelOn", "de datum van de Bestuurstafel", command.bestuurstafelOn());
                    return null;
                }
                return laterRevision(command.revision(), intervention, revisionsOfCycle);
            }
        }
    }

    private static int laterRevision(Integer named, Intervention intervention, Set<Integer> revisionsOfCycle) {
        List<Integer> later = revisionsOfCycle.stream().filter(r -> r > intervention.revision()).sorted().toList();
        if (later.isEmpty()) {
            throw RuleViolation.illegalState("Overnemen kan pas als er een latere revisie is dan revisie "
                    + intervention.revision() + ", waarop de interventie is ingediend. Doe eerst een nieuw voorstel.");
        }
        requireGiven("revision", "de revisie die de interventie overneemt", named);
        if (!later.contains(named)) {
            throw RuleViolation.invalid("revision", "Revisie " + named + " is geen latere revisie van deze cyclus; "
                    + "kies uit " + later.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
                    + ".");
        }
        return named;
    }
}
