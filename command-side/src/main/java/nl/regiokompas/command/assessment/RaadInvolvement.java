package nl.regiokompas.command.assessment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.raad.KadersAnswered;
import nl.regiokompas.api.raad.RaadVerdictRecorded;
import nl.regiokompas.api.raad.ZienswijzeAnswered;
import nl.regiokompas.api.raad.ZienswijzePeriodOpened;
import nl.regiokompas.api.raad.ZienswijzeRecorded;
import org.axonframework.eventhandling.GenericEventMessage;

import static nl.regiokompas.api.framework.FrameworkTerms.Term.GEMEENTE;

/**
 * What the gemeenteraden add to an assessment, and the rules over it: confirmations that wait for the raad's
 * verdict (a kader not respected), the zienswijze period on a revision with the zienswijzen given and answered.
 * The assessment keeps this beside its own state and asks it before confirming and deciding. Dates are days in
 * Dutch time, read from the clock that stamps events (so a back-dated demo history sees its own day).
 */
final class RaadInvolvement {

    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** Gemeente to the revision of its confirmation that waits for the raad's verdict. */
    private final Map<String, Integer> waitingForVerdict = new HashMap<>();
    private Integer zienswijzeRevision;
    private LocalDate zienswijzeEndsOn;
    /** "revision:gemeente" of every zienswijze given in this cycle, and of those answered by a later revision. */
    private final Set<String> zienswijzen = new HashSet<>();
    private final Set<String> answered = new HashSet<>();

    static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), DUTCH_TIME);
    }

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

    /** A confirmation of {@code revision} waits while its zienswijze period runs and not every raad answered. */
    void requireNoZienswijzeWaiting(int revision, List<String> gemeenten, FrameworkTerms terms) {
        if (zienswijzeOpenFor(revision)) {
            List<String> silent = gemeenten.stream().filter(g -> !zienswijzen.contains(key(revision, g))).toList();
            if (!silent.isEmpty()) {
                throw RuleViolation.illegalState("Revisie " + revision + " ligt tot en met "
                        + DAY.format(zienswijzeEndsOn) + " voor zienswijze bij de gemeenteraden; bevestigen kan daarna,"
                        + " of zodra elke raad zijn zienswijze gaf (nog niet: " + terms.namesOf(GEMEENTE, silent) + ").");
            }
        }
    }

    void requireZienswijzePeriodMayOpen(int revision, LocalDate endsOn, boolean anyConfirmation) {
        if (endsOn == null || !endsOn.isAfter(today())) {
            throw RuleViolation.invalid("endsOn", "Kies als einddatum van de zienswijzeperiode een dag na vandaag.");
        }
        if (zienswijzeRevision != null && zienswijzeRevision == revision) {
            throw RuleViolation.illegalState("Voor revisie " + revision + " is al een zienswijzeperiode geopend.");
        }
        if (anyConfirmation) {
            throw RuleViolation.illegalState("Revisie " + revision + " is al bevestigd door een bestuurder; open de "
                    + "zienswijzeperiode vóór de eerste bevestiging, of op een nieuwe revisie.");
        }
    }

    void requireZienswijzeMayBeRecorded(int revision, String gemeente, FrameworkTerms terms) {
        if (!zienswijzeOpenFor(revision)) {
            throw RuleViolation.illegalState("Er loopt geen zienswijzeperiode op het actuele voorstel (revisie "
                    + revision + ").");
        }
        if (zienswijzen.contains(key(revision, gemeente))) {
            throw RuleViolation.illegalState("De zienswijze van de raad van " + terms.nameOf(GEMEENTE, gemeente)
                    + " op revisie " + revision + " is al vastgelegd.");
        }
    }

    void requireZienswijzeMayBeAnswered(int revision, String gemeente, int currentRevision, FrameworkTerms terms) {
        if (!zienswijzen.contains(key(revision, gemeente))) {
            throw RuleViolation.notFound("De raad van " + terms.nameOf(GEMEENTE, gemeente)
                    + " gaf geen zienswijze op revisie " + revision + " in deze cyclus.");
        }
        if (currentRevision <= revision) {
            throw RuleViolation.illegalState("Een zienswijze op revisie " + revision
                    + " wordt beantwoord in een volgende revisie; stel die eerst voor.");
        }
        if (answered.contains(key(revision, gemeente))) {
            throw RuleViolation.illegalState("De zienswijze van de raad van " + terms.nameOf(GEMEENTE, gemeente)
                    + " op revisie " + revision + " is al beantwoord.");
        }
    }

    private boolean zienswijzeOpenFor(int revision) {
        return zienswijzeRevision != null && zienswijzeRevision == revision && !today().isAfter(zienswijzeEndsOn);
    }

    private static String key(int revision, String gemeente) {
        return revision + ":" + gemeente;
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
        zienswijzeRevision = event.revision();
        zienswijzeEndsOn = event.endsOn();
    }

    void on(ZienswijzeRecorded event) {
        zienswijzen.add(key(event.revision(), event.gemeente()));
    }

    void on(ZienswijzeAnswered event) {
        answered.add(key(event.revision(), event.gemeente()));
    }

    /** A new revision voids the confirmations of the earlier one, and with them what waited for a raad. */
    void proposed() {
        waitingForVerdict.clear();
    }

    void reopened() {
        waitingForVerdict.clear();
        zienswijzeRevision = null;
        zienswijzeEndsOn = null;
        zienswijzen.clear();
        answered.clear();
    }
}
