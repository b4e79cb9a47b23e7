package nl.regiokompas.command.common;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import nl.regiokompas.api.assessment.InterventionOutcome;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;

import static nl.regiokompas.api.framework.FrameworkTerms.Term.GEMEENTE;
import static nl.regiokompas.command.common.Rules.requireGiven;

/**
 * Who may end an intervention how, in a cooperation where no gemeente is overruled (issue 11 §3), for an assessment
 * and a form weighing alike: only the intervening gemeente's bestuurder withdraws it; the programmateam or that
 * bestuurder records that a later revision took it over, naming that revision, or refers it to the Bestuurstafel (it
 * stays open); VERWORPEN is no longer an outcome. AFWIJKING_AANVAARD is never a resolution: the aggregate says why
 * ({@code deviationRefusal}): on an assessment it follows from the consents of the others, a weighing has none.
 */
public final class InterventionOutcomeRules {

    public static final String NOT_OVERRULED = "Verwerpen kan niet meer: de regio overrulet geen gemeente. Kies "
            + "ingetrokken, overgenomen of doorverwezen naar de Bestuurstafel, of vraag de andere deelnemers in te "
            + "stemmen met de lokale afwijking.";

    /** The answer to a resolution without an outcome, for the web layer's validation. */
    public static final String OUTCOME_MISSING = "Kies de uitkomst: ingetrokken, overgenomen of doorverwezen naar de "
            + "Bestuurstafel.";

    /** The intervention to end: the gemeente that filed it and the revision it was filed on (0 before any). */
    public record Filed(String gemeente, int revision) {
    }

    /** What the caller chose: the outcome, the revision an OVERGENOMEN names, the Bestuurstafel of a referral. */
    public record Chosen(InterventionOutcome outcome, Integer revision, LocalDate bestuurstafelOn) {
    }

    private final FrameworkTerms terms;

    public InterventionOutcomeRules(FrameworkTerms terms) {
        this.terms = terms;
    }

    /**
     * Refuses what the caller may not choose; returns the revision an OVERGENOMEN resolution names, else null.
     * {@code revisions} are the revisions proposed so far (of the cycle, on an assessment).
     */
    public Integer check(Chosen chosen, Filed filed, Caller caller, Collection<Integer> revisions,
                         Supplier<RuleViolation> deviationRefusal) {
        InterventionOutcome outcome = requireGiven("outcome",
                "de uitkomst (ingetrokken, overgenomen of doorverwezen)", chosen.outcome());
        String gemeente = terms.nameOf(GEMEENTE, filed.gemeente());
        boolean ownBestuurder = caller.role() == Role.BESTUURDER && filed.gemeente().equals(caller.gemeente());
        switch (outcome) {
            case VERWORPEN -> throw RuleViolation.invalid("outcome", NOT_OVERRULED);
            case INGETROKKEN -> {
                if (!ownBestuurder) {
                    throw RuleViolation.notAllowed("Alleen de bestuurder van " + gemeente
                            + " kan deze interventie intrekken.");
                }
                return null;
            }
            case AFWIJKING_AANVAARD -> throw deviationRefusal.get();
            default -> {
                if (!ownBestuurder && caller.role() != Role.PROGRAMMATEAM) {
                    throw RuleViolation.notAllowed("Deze interventie handelt het programmateam of de bestuurder van "
                            + gemeente + " af.");
                }
                if (outcome == InterventionOutcome.DOORVERWEZEN) {
                    requireGiven("bestuurstafelOn", "de datum van de Bestuurstafel", chosen.bestuurstafelOn());
                    return null;
                }
                return laterRevision(chosen.revision(), filed, revisions);
            }
        }
    }

    private static int laterRevision(Integer named, Filed filed, Collection<Integer> revisions) {
        List<Integer> later = revisions.stream().filter(r -> r > filed.revision()).distinct().sorted().toList();
        if (later.isEmpty()) {
            throw RuleViolation.illegalState("Overnemen kan pas als er een latere revisie is dan revisie "
                    + filed.revision() + ", waarop de interventie is ingediend. Doe eerst een nieuw voorstel.");
        }
        requireGiven("revision", "de revisie die de interventie overneemt", named);
        if (!later.contains(named)) {
            throw RuleViolation.invalid("revision", "Revisie " + named + " is geen latere revisie; kies uit "
                    + later.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + ".");
        }
        return named;
    }
}
