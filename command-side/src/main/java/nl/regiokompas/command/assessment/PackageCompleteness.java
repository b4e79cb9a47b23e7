package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.Precondition;
import nl.regiokompas.api.assessment.Responsibility;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;

import java.util.ArrayList;
import java.util.List;

import static nl.regiokompas.api.framework.FrameworkTerms.Term.LAYER;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.RESPONSIBILITY_KIND;

/**
 * When a bestuurder may confirm the package (issue 11, section 2): a scale for every layer, a holder for every
 * responsibility kind of every layer, at least one precondition, and the theme's active mandate.
 */
final class PackageCompleteness {

    private PackageCompleteness() {
    }

    /** Refuses (409) an incomplete package, listing what is missing in Dutch, by name. */
    static void require(Proposal proposal, List<Responsibility> responsibilities, List<Precondition> preconditions,
                        String activeMandateId, FrameworkTerms terms) {
        List<String> missing = missing(proposal, responsibilities, preconditions, activeMandateId, terms);
        if (!missing.isEmpty()) {
            throw RuleViolation.illegalState("Het pakket is nog niet compleet en kan niet worden bevestigd. Ontbreekt: "
                    + String.join("; ", missing) + ".", missing);
        }
    }

    static List<String> missing(Proposal proposal, List<Responsibility> responsibilities,
                                List<Precondition> preconditions, String activeMandateId, FrameworkTerms terms) {
        List<String> missing = new ArrayList<>();
        for (String layer : terms.layers()) {
            String scale = proposal.scales().get(layer);
            if (scale == null || scale.isBlank()) {
                missing.add("een schaal voor laag " + terms.nameOf(LAYER, layer));
            }
        }
        for (String layer : terms.layers()) {
            List<String> without = terms.responsibilityKinds().stream()
                    .filter(kind -> responsibilities.stream().noneMatch(r -> r.layer().equals(layer)
                            && r.kind().equals(kind) && r.holder() != null && !r.holder().isBlank()))
                    .toList();
            if (!without.isEmpty()) {
                missing.add("laag " + terms.nameOf(LAYER, layer) + ": een verantwoordelijke voor "
                        + terms.namesOf(RESPONSIBILITY_KIND, without));
            }
        }
        if (preconditions.isEmpty()) {
            missing.add("ten minste één randvoorwaarde");
        }
        if (activeMandateId == null || !activeMandateId.equals(proposal.mandateId())) {
            missing.add("het actieve mandaat van het thema");
        }
        return missing;
    }
}
