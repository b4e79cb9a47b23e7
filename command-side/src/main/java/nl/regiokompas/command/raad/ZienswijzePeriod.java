package nl.regiokompas.command.raad;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.regiokompas.api.common.DutchTime;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import org.axonframework.eventhandling.GenericEventMessage;

import static nl.regiokompas.api.framework.FrameworkTerms.Term.GEMEENTE;

/**
 * The raden's zienswijze on a revision, shared by every aggregate whose revisions the bestuurders confirm (the
 * assessment, the form weighing): the period on one revision, the zienswijzen given and those answered, and the
 * rules over them. Confirmations of that revision wait while the period runs, unless every raad gave its
 * zienswijze. Dates are days in Dutch time, read from the clock that stamps events (so a back-dated demo history
 * sees its own day). The aggregate keeps one and feeds it its own events.
 */
public final class ZienswijzePeriod {

    public static final ZoneId DUTCH_TIME = DutchTime.ZONE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Integer revision;
    private LocalDate endsOn;
    /** "revision:gemeente" of every zienswijze given, and of those answered by a later revision. */
    private final Set<String> given = new HashSet<>();
    private final Set<String> answered = new HashSet<>();

    public static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), DUTCH_TIME);
    }

    /** A confirmation of {@code revision} waits while its zienswijze period runs and not every raad answered. */
    public void requireNoZienswijzeWaiting(int revision, List<String> gemeenten, FrameworkTerms terms) {
        if (openFor(revision)) {
            List<String> silent = gemeenten.stream().filter(g -> !given.contains(key(revision, g))).toList();
            if (!silent.isEmpty()) {
                throw RuleViolation.illegalState("Revisie " + revision + " ligt tot en met "
                        + DAY.format(endsOn) + " voor zienswijze bij de gemeenteraden; bevestigen kan daarna,"
                        + " of zodra elke raad zijn zienswijze gaf (nog niet: " + terms.namesOf(GEMEENTE, silent) + ").");
            }
        }
    }

    public void requireMayOpen(int revision, LocalDate endsOn, boolean anyConfirmation) {
        if (endsOn == null || !endsOn.isAfter(today())) {
            throw RuleViolation.invalid("endsOn", "Kies als einddatum van de zienswijzeperiode een dag na vandaag.");
        }
        if (this.revision != null && this.revision == revision) {
            throw RuleViolation.illegalState("Voor revisie " + revision + " is al een zienswijzeperiode geopend.");
        }
        if (anyConfirmation) {
            throw RuleViolation.illegalState("Revisie " + revision + " is al bevestigd door een bestuurder; open de "
                    + "zienswijzeperiode vóór de eerste bevestiging, of op een nieuwe revisie.");
        }
    }

    public void requireMayBeRecorded(int revision, String gemeente, FrameworkTerms terms) {
        if (!openFor(revision)) {
            throw RuleViolation.illegalState("Er loopt geen zienswijzeperiode op het actuele voorstel (revisie "
                    + revision + ").");
        }
        if (given.contains(key(revision, gemeente))) {
            throw RuleViolation.illegalState("De zienswijze van de raad van " + terms.nameOf(GEMEENTE, gemeente)
                    + " op revisie " + revision + " is al vastgelegd.");
        }
    }

    public void requireMayBeAnswered(int revision, String gemeente, int currentRevision, FrameworkTerms terms) {
        if (!given.contains(key(revision, gemeente))) {
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

    private boolean openFor(int revision) {
        return this.revision != null && this.revision == revision && !today().isAfter(endsOn);
    }

    private static String key(int revision, String gemeente) {
        return revision + ":" + gemeente;
    }

    public void opened(int revision, LocalDate endsOn) {
        this.revision = revision;
        this.endsOn = endsOn;
    }

    public void given(int revision, String gemeente) {
        given.add(key(revision, gemeente));
    }

    public void answered(int revision, String gemeente) {
        answered.add(key(revision, gemeente));
    }

    public void clear() {
        revision = null;
        endsOn = null;
        given.clear();
        answered.clear();
    }
}
