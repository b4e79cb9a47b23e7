package nl.regiokompas.command.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.raad.KadersAnswered;
import nl.regiokompas.api.raad.RaadVerdictRecorded;
import nl.regiokompas.api.raad.ZienswijzeAnswered;
import nl.regiokompas.api.raad.ZienswijzePeriodOpened;
import nl.regiokompas.api.raad.ZienswijzeRecorded;
import nl.regiokompas.command.raad.ZienswijzePeriod;

import static nl.regiokompas.api.framework.FrameworkTerms.Term.GEMEENTE;

/**
 * What the gemeenteraden add to an assessment, and the rules over it: confirmations that wait for the raad's
 * verdict (a kader not respected), the zienswijze period on a revision with the zienswijzen given and answered.
 * The assessment keeps this beside its own state and asks it before confirming and deciding. The zienswijze rules
 * are the {@link ZienswijzePeriod} that the form weighing shares.
 */
final class RaadInvolvement {

    /** Gemeente to the revision of its confirmation that waits for the raad's verdict. */
    private final Map<String, Integer> waitingForVerdict = new HashMap<>();
    private final ZienswijzePeriod zienswijze = new ZienswijzePeriod();

    /** Whether the confirmations that exist also count: none waits for a raad. */
    boolean noConfirmationWaiting() {
        return waitingForVerdict.isEmpty();
    }

    void requireWaitingForVerdict(String gemeente, int revision, FrameworkTerms terms) {
        Integer waiting = waitingForVerdict.get(gemeente);
        if (waiting == null || waiting != revision) {
            throw RuleViolation.illegalState("Er wacht geen voorwaardelijke bevestiging van "
                    + terms.nameOf(GEMEENTE, gemeente) + " voor revisie " + revision + " op het oordeel van de raad.");
        }
    }

    void requireNoZienswijzeWaiting(int revision, List<String> gemeenten, FrameworkTerms terms) {
        zienswijze.requireNoZienswijzeWaiting(revision, gemeenten, terms);
    }

    void requireZienswijzePeriodMayOpen(int revision, LocalDate endsOn, boolean anyConfirmation) {
        zienswijze.requireMayOpen(revision, endsOn, anyConfirmation);
    }

    void requireZienswijzeMayBeRecorded(int revision, String gemeente, FrameworkTerms terms) {
        zienswijze.requireMayBeRecorded(revision, gemeente, terms);
    }

    void requireZienswijzeMayBeAnswered(int revision, String gemeente, int currentRevision, FrameworkTerms terms) {
        zienswijze.requireMayBeAnswered(revision, gemeente, currentRevision, terms);
    }

    void on(KadersAnswered event) {
        if (event.conditional()) {
            waitingForVerdict.put(event.gemeente(), event.revision());
        }
    }

    /** Agreed, the confirmation counts; not agreed, the assessment drops it ({@link Assessment}). */
    void on(RaadVerdictRecorded event) {
        waitingForVerdict.remove(event.gemeente());
    }

    void on(ZienswijzePeriodOpened event) {
        zienswijze.opened(event.revision(), event.endsOn());
    }

    void on(ZienswijzeRecorded event) {
        zienswijze.given(event.revision(), event.gemeente());
    }

    void on(ZienswijzeAnswered event) {
        zienswijze.answered(event.revision(), event.gemeente());
    }

    /** A new revision voids the confirmations of the earlier one, and with them what waited for a raad. */
    void proposed() {
        waitingForVerdict.clear();
    }

    void reopened() {
        waitingForVerdict.clear();
        zienswijze.clear();
    }
}
