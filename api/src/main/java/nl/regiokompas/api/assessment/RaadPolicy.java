package nl.regiokompas.api.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiokompas.api.raad.AssessmentRaad;
import nl.regiokompas.api.raad.RaadAllowedActions;
import nl.regiokompas.api.raad.RaadConfirmationView;
import nl.regiokompas.api.raad.ZienswijzeView;
import nl.regiokompas.api.common.Role;

import static nl.regiokompas.api.assessment.AssessmentAction.ANSWER_ZIENSWIJZE;
import static nl.regiokompas.api.assessment.AssessmentAction.OPEN_ZIENSWIJZE_PERIOD;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_RAAD_INFORMED;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_RAAD_VERDICT;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_ZIENSWIJZE;

/**
 * What a user (role and own gemeente) may record about the raden in an assessment: the roles of the
 * {@code AssessmentAction} table combined with the states in which the aggregate ({@code RaadInvolvement}) accepts
 * each command. A zienswijze period opens on the current proposal before any confirmation of it, once per revision;
 * a griffier records the own raad's zienswijze while the period on the current revision runs, once; a later revision
 * answers a zienswijze, once; a griffier records the verdict on the own gemeente's voorwaardelijke confirmation; the
 * raad is informed once the own gemeente confirmed in this cycle, also after the decision. Pure: the same answer for
 * the same input.
 */
public final class RaadPolicy {

    private RaadPolicy() {
    }

    public static RaadAllowedActions allowedActions(Role role, String ownGemeente, AssessmentDocument document,
                                                    AssessmentRaad raad) {
        boolean open = !AssessmentDocument.BESLOTEN.equals(document.status());
        Integer revision = document.proposal() == null ? null : document.proposal().revision();
        boolean participant = ownGemeente != null && document.gemeenten().contains(ownGemeente);
        Optional<ZienswijzeView> period = raad.zienswijzePeriods().stream()
                .filter(p -> revision != null && p.revision() == revision).findFirst();
        boolean anyConfirmation = document.confirmations().stream()
                .anyMatch(confirmation -> revision != null && confirmation.revision() == revision);
        RaadConfirmationView own = raad.gemeenten().stream().filter(g -> g.gemeente().equals(ownGemeente))
                .map(AssessmentRaad.Gemeente::confirmation).filter(Objects::nonNull).findFirst().orElse(null);
        boolean ownWrites = participant && open;

        boolean mayOpen = open && revision != null && OPEN_ZIENSWIJZE_PERIOD.allows(role) && !anyConfirmation
                && period.isEmpty();
        boolean mayRecordZienswijze = ownWrites && RECORD_ZIENSWIJZE.allowsFor(role, ownGemeente, ownGemeente)
                && period.filter(ZienswijzeView::open)
                .filter(p -> p.zienswijzen().stream().noneMatch(z -> z.gemeente().equals(ownGemeente))).isPresent();
        List<RaadAllowedActions.Answerable> answerable = open && revision != null && ANSWER_ZIENSWIJZE.allows(role)
                ? raad.zienswijzePeriods().stream().filter(p -> p.revision() < revision)
                .flatMap(p -> p.zienswijzen().stream().filter(z -> z.answer() == null)
                        .map(z -> new RaadAllowedActions.Answerable(z.gemeente(), p.revision())))
                .toList() : List.of();
        Integer verdictOn = ownWrites && own != null && RaadConfirmationView.VOORWAARDELIJK.equals(own.status())
                && RECORD_RAAD_VERDICT.allowsFor(role, ownGemeente, ownGemeente) ? own.revision() : null;
        boolean mayInform = participant && own != null && RECORD_RAAD_INFORMED.allowsFor(role, ownGemeente, ownGemeente);
        return new RaadAllowedActions(mayOpen, mayRecordZienswijze, answerable, verdictOn, mayInform);
    }
}
