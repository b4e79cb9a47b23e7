package nl.regiokompas.api.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.regiokompas.api.framework.TermNames;
import nl.regiokompas.api.framework.TermNames.Term;

/**
 * The Dutch lines for the events of the process (issue 11 §3, §4): signals, consents, referrals, formal decisions,
 * gremia and the follow-up. Part of {@link AssessmentEventDescriptions}, kept apart so each stays small.
 */
public final class ProcessDescriptions {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    public static final Map<FormalBody, String> BODIES = Map.of(
            FormalBody.COLLEGE, "college van B en W",
            FormalBody.RAAD, "gemeenteraad",
            FormalBody.BESTUURSTAFEL, "Bestuurstafel");
    public static final Map<FollowUp, String> FOLLOW_UPS = Map.of(
            FollowUp.DIRECT_OPGEPAKT, "direct opgepakt",
            FollowUp.NADERE_UITWERKING, "vraagt nadere uitwerking of besluitvorming",
            FollowUp.MEER_VOORBEREIDING, "vraagt meer voorbereiding");

    private ProcessDescriptions() {
    }

    /** The line for a process event; null for any other payload. */
    static String describe(Object payload, TermNames names) {
        if (payload instanceof SignalRecorded e) {
            return "Signaal aan de bestuurder van " + gemeente(names, e.gemeente()) + " over "
                    + names.name(Term.LAYER, e.layer()) + ": " + AssessmentEventDescriptions.quote(e.text());
        }
        if (payload instanceof SignalClosed e) {
            return e.interventionId() == null
                    ? "Signaal voor " + gemeente(names, e.gemeente()) + " gesloten: " + AssessmentEventDescriptions.quote(e.note())
                    : "Signaal voor " + gemeente(names, e.gemeente()) + " omgezet in een interventie";
        }
        if (payload instanceof DeviationConsented e) {
            return gemeente(names, e.gemeente()) + " stemde in met de lokale afwijking"
                    + (e.note() == null ? "" : ": " + AssessmentEventDescriptions.quote(e.note()));
        }
        if (payload instanceof InterventionReferred e) {
            return "Interventie van " + gemeente(names, e.gemeente()) + " doorverwezen naar de Bestuurstafel van "
                    + date(e.bestuurstafelOn()) + ": " + AssessmentEventDescriptions.quote(e.note());
        }
        if (payload instanceof FormalDecisionRecorded e) {
            return "Formeel besluit van " + body(e.body(), gemeente(names, e.gemeente())) + " vastgelegd ("
                    + date(e.date()) + ", kenmerk " + e.reference() + ")";
        }
        if (payload instanceof GremiumDiscussionRecorded e) {
            String subject = e.gemeente() == null ? "revisie " + e.revision()
                    : "de bevestiging van revisie " + e.revision() + " door " + gemeente(names, e.gemeente());
            return names.name(Term.GREMIUM, e.gremium()) + " besprak " + subject + " op " + date(e.date());
        }
        if (payload instanceof FollowUpRecorded e) {
            return "Vervolg na de bestuurlijke bevestiging: " + FOLLOW_UPS.getOrDefault(e.followUp(), String.valueOf(e.followUp()))
                    + (e.note() == null ? "" : ": " + AssessmentEventDescriptions.quote(e.note()));
        }
        return null;
    }

    /** "; lokale uitzondering: Bunnik doet Uitvoering lokaal", or nothing without exceptions. */
    static String exceptions(List<LocalException> exceptions, TermNames names) {
        TermNames n = names == null ? TermNames.NONE : names;
        return exceptions == null || exceptions.isEmpty() ? "" : "; lokale uitzondering: " + exceptions.stream()
                .map(exception -> gemeente(n, exception.gemeente()) + " doet " + n.name(Term.LAYER, exception.layer())
                        + " lokaal").collect(Collectors.joining(", "));
    }

    /** "het college van B en W van Bunnik", "de Bestuurstafel". */
    public static String body(FormalBody body, String gemeente) {
        String name = BODIES.getOrDefault(body, String.valueOf(body));
        return body == FormalBody.BESTUURSTAFEL || gemeente == null ? "de " + name
                : (body == FormalBody.COLLEGE ? "het " : "de ") + name + " van " + gemeente;
    }

    private static String gemeente(TermNames names, String code) {
        return names.name(Term.GEMEENTE, code);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
