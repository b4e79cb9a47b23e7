package nl.regiokompas.api.assessment;

import nl.regiokompas.api.common.Actor;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.framework.FrameworkAdopted;
import nl.regiokompas.api.framework.TermNames;
import nl.regiokompas.api.framework.TermNames.Term;
import nl.regiokompas.api.mandate.MandateAmended;
import nl.regiokompas.api.mandate.MandateEnded;
import nl.regiokompas.api.mandate.MandateRegistered;
import nl.regiokompas.api.reflection.ReflectionRecorded;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One readable Dutch line per event, for the history of an assessment, the live updates, the audit trail and the
 * list of changes a refused concurrent command did not see; and the one way a person who did something is named.
 * Gemeenten, layers, criteria, scales and the other codes of the framework appear by the names that
 * {@link TermNames} gives them (the framework version of the assessment); a code without a name appears as itself.
 */
public final class AssessmentEventDescriptions {

    private static final int QUOTE_LENGTH = 80;
    private static final Map<InterventionKind, String> INTERVENTION_KINDS = Map.of(
            InterventionKind.BEZWAAR, "bezwaar",
            InterventionKind.LOKALE_AFWIJKING, "lokale afwijking",
            InterventionKind.UITSTEL, "uitstel");
    private static final Map<InterventionOutcome, String> OUTCOMES = Map.of(
            InterventionOutcome.INGETROKKEN, "ingetrokken",
            InterventionOutcome.OVERGENOMEN, "overgenomen in een nieuw voorstel",
            InterventionOutcome.AFWIJKING_AANVAARD, "lokale afwijking aanvaard",
            InterventionOutcome.DOORVERWEZEN, "doorverwezen naar de Bestuurstafel",
            InterventionOutcome.VERWORPEN, "verworpen");
    private static final Map<String, String> PACKAGE_CAUSES = Map.of(
            PackageRevised.RESPONSIBILITY, "verantwoordelijkheid",
            PackageRevised.PRECONDITION, "randvoorwaarde",
            PackageRevised.MANDATE, "mandaat van het thema");
    private static final Map<PreconditionStatus, String> PRECONDITION_STATUSES = Map.of(
            PreconditionStatus.OPEN, "weer open",
            PreconditionStatus.GEREGELD, "geregeld",
            PreconditionStatus.VERVALLEN, "vervallen");
    private static final Map<Role, String> ROLES = Map.of(
            Role.STRATEEG, "strateeg",
            Role.BESTUURDER, "bestuurder",
            Role.RAADSLID, "raadslid",
            Role.PROGRAMMATEAM, "programmateam",
            Role.AUDITOR, "auditor");

    private AssessmentEventDescriptions() {
    }

    public static String describe(Object payload, TermNames names) {
        Naming n = new Naming(names == null ? TermNames.NONE : names);
        if (payload instanceof AssessmentOpened e) {
            String title = e.title() == null || e.title().equals(e.themeCode()) ? n.theme(e.themeCode()) : e.title();
            return "Afwegingstraject '" + title + "' geopend voor thema " + n.theme(e.themeCode()) + " met "
                    + n.gemeenten(e.gemeenten()) + " (afwegingskader versie " + e.frameworkVersion() + ")";
        }
        if (payload instanceof CriterionInputRecorded e) {
            return n.gemeente(e.gemeente()) + " gaf input op '" + n.criterion(e.criterion()) + "' ("
                    + n.layer(e.layer()) + "), " + (e.leaning() == null ? "zonder neiging"
                    : "neiging " + n.scale(e.leaning()));
        }
        if (payload instanceof ThemeScaleProposed e) {
            return "Voorstel revisie " + e.revision() + ": " + n.scales(e.scales()) + deviations(e.deviations(), n);
        }
        String ofThePackage = describePackage(payload, n);
        if (ofThePackage != null) {
            return ofThePackage;
        }
        if (payload instanceof ResponsibilityAssigned e) {
            return "Verantwoordelijkheid '" + n.name(Term.RESPONSIBILITY_KIND, e.kind()) + "' voor "
                    + n.layer(e.layer()) + " belegd bij " + e.holder() + " (niveau "
                    + n.name(Term.RESPONSIBILITY_LEVEL, e.level()) + ")";
        }
        if (payload instanceof PreconditionRecorded e) {
            return "Randvoorwaarde '" + n.name(Term.PRECONDITION_KIND, e.kind()) + "' vastgelegd: " + quote(e.text())
                    + (e.owner() == null ? "" : " (eigenaar " + e.owner() + ")");
        }
        if (payload instanceof ConfirmedByBestuurder e) {
            return "Bestuurder van " + n.gemeente(e.gemeente()) + " bevestigde revisie " + e.revision()
                    + (e.note() == null || e.note().isBlank() ? "" : ": " + quote(e.note()));
        }
        if (payload instanceof LocalInterventionOpened e) {
            return n.gemeente(e.gemeente()) + " intervenieerde lokaal op " + n.layer(e.layer()) + " ("
                    + label(INTERVENTION_KINDS, e.kind()) + "): " + quote(e.reason());
        }
        if (payload instanceof InterventionResolved e) {
            return "Interventie van " + n.gemeente(e.gemeente()) + " afgehandeld: " + label(OUTCOMES, e.outcome())
                    + (e.revision() == null ? "" : " (revisie " + e.revision() + ")") + ": " + quote(e.note());
        }
        if (payload instanceof DecisionRecorded e) {
            return "Bestuurlijke bevestiging vastgelegd op revisie " + e.revision() + ": " + n.scales(e.scales())
                    + "; bevestigd door " + n.gemeenten(e.confirmations().stream().map(Confirmation::gemeente).toList())
                    + ProcessDescriptions.exceptions(e.exceptions(), names);
        }
        String process = ProcessDescriptions.describe(payload, names);
        if (process != null) {
            return process;
        }
        if (payload instanceof AssessmentReopened e) {
            return "Heropend voor cyclus " + e.cycle() + ": " + quote(e.reason());
        }
        if (payload instanceof GovernanceFormRecorded e) {
            return "Samenwerkingsvorm '" + n.name(Term.GOVERNANCE_FORM, e.form()) + "' vastgelegd: "
                    + quote(e.rationale());
        }
        if (payload instanceof MandateRegistered e) {
            return "Mandaat voor thema " + n.theme(e.themeCode()) + " geregistreerd: "
                    + holders(e.bestuurlijkOpdrachtgever(), e.ambtelijkOpdrachtgever(), e.ambtenaar50());
        }
        if (payload instanceof MandateAmended e) {
            return "Mandaat voor thema " + n.theme(e.themeCode()) + " gewijzigd: " + holders(e.bestuurlijkOpdrachtgever(),
                    e.ambtelijkOpdrachtgever(), e.ambtenaar50()) + "; reden: " + quote(e.reason());
        }
        if (payload instanceof MandateEnded e) {
            return "Mandaat voor thema " + n.theme(e.themeCode()) + " beëindigd: " + quote(e.reason());
        }
        if (payload instanceof ReflectionRecorded e) {
            return "Reflectie op niveau " + n.name(Term.REFLECTION_LEVEL, e.level()) + " vastgelegd"
                    + (e.assessmentId() == null ? "" : " bij afwegingstraject " + e.assessmentId());
        }
        if (payload instanceof FrameworkAdopted e) {
            String region = e.content() != null && e.content().region() != null && e.content().region().name() != null
                    ? e.content().region().name() : e.regionCode();
            return "Afwegingskader " + region + " versie " + e.version() + " vastgesteld"
                    + (e.reason() == null || e.reason().isBlank() ? "" : ": " + quote(e.reason()));
        }
        return payload == null ? "" : payload.getClass().getSimpleName();
    }

    /** The events of the whole package (issue 11 section 2); null for any other payload. */
    private static String describePackage(Object payload, Naming n) {
        if (payload instanceof PackageRevised e) {
            return "Pakket gewijzigd (" + PACKAGE_CAUSES.getOrDefault(e.cause(), "wijziging") + "): nu revisie "
                    + e.revision() + "; eerdere bevestigingen vervallen";
        }
        if (payload instanceof ConfirmationWithdrawn e) {
            return "Bestuurder van " + n.gemeente(e.gemeente()) + " trok de bevestiging van revisie " + e.revision()
                    + " in: " + quote(e.reason());
        }
        if (payload instanceof PreconditionStatusChanged e) {
            return "Randvoorwaarde " + PRECONDITION_STATUSES.get(e.status()) + ": " + quote(e.note())
                    + (e.reviewDate() == null ? "" : " (herzien op " + e.reviewDate() + ")");
        }
        if (payload instanceof ThemeMandateFollowed e) {
            return e.mandateId() == null ? "Het thema heeft geen actief mandaat meer"
                    : "Het actieve mandaat van het thema is gewijzigd";
        }
        return null;
    }

    private static String deviations(Map<String, String> deviations, Naming n) {
        if (deviations == null || deviations.isEmpty()) {
            return "";
        }
        return "; afwijking van de meest gekozen neiging: " + deviations.entrySet().stream()
                .map(deviation -> n.layer(deviation.getKey()) + " (" + quote(deviation.getValue()) + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * A person as people read them: the name, then the role and the gemeente they acted for, e.g. "Wethouder
     * Bunnik (bestuurder, Bunnik)". Without a name the role stands for the person; the user id is never shown.
     */
    public static String person(Actor actor, TermNames names) {
        if (actor == null) {
            return "onbekend";
        }
        String role = actor.role() == null ? null : ROLES.get(actor.role());
        String gemeente = (names == null ? TermNames.NONE : names).name(Term.GEMEENTE, actor.gemeente());
        String detail = role == null ? gemeente : gemeente == null ? role : role + ", " + gemeente;
        if (actor.name() == null || actor.name().isBlank()) {
            return detail == null ? "onbekend" : detail;
        }
        return detail == null ? actor.name() : actor.name() + " (" + detail + ")";
    }

    /** The Dutch word for an intervention outcome code ("lokale afwijking aanvaard"); an unknown code as is. */
    public static String outcome(String code) {
        return OUTCOMES.entrySet().stream().filter(entry -> entry.getKey().name().equals(code))
                .map(Map.Entry::getValue).findFirst().orElse(code == null ? "" : code);
    }

    /** The Dutch word for an intervention kind code ("lokale afwijking"); an unknown code as is. */
    public static String interventionKind(String code) {
        return INTERVENTION_KINDS.entrySet().stream().filter(entry -> entry.getKey().name().equals(code))
                .map(Map.Entry::getValue).findFirst().orElse(code == null ? "" : code);
    }

    private static <K> String label(Map<K, String> labels, K key) {
        return key == null ? "" : labels.getOrDefault(key, key.toString());
    }

    private static String holders(String bestuurlijk, String ambtelijk, String ambtenaar50) {
        return "bestuurlijk opdrachtgever " + bestuurlijk + ", ambtelijk opdrachtgever " + ambtelijk
                + ", ambtenaar 5.0 " + ambtenaar50;
    }

    static String quote(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= QUOTE_LENGTH ? oneLine : oneLine.substring(0, QUOTE_LENGTH - 1) + "…";
    }

    /** Names in running text: a scale reads in lower case ("neiging regionaal"), a code without a name as is. */
    private record Naming(TermNames names) {

        String name(Term term, String code) {
            return names.name(term, code);
        }

        String gemeente(String code) {
            return names.name(Term.GEMEENTE, code);
        }

        String gemeenten(List<String> codes) {
            return codes == null ? "" : codes.stream().map(this::gemeente).collect(Collectors.joining(", "));
        }

        String theme(String code) {
            return names.name(Term.THEME, code);
        }

        String layer(String code) {
            return names.name(Term.LAYER, code);
        }

        String criterion(String code) {
            return names.name(Term.CRITERION, code);
        }

        String scale(String code) {
            String name = names.nameOf(Term.SCALE, code);
            return name == null || name.isBlank() ? code : name.toLowerCase(Locale.ROOT);
        }

        String scales(Map<String, String> scales) {
            return scales == null ? "" : scales.entrySet().stream()
                    .map(scale -> layer(scale.getKey()) + " " + scale(scale.getValue()))
                    .collect(Collectors.joining(", "));
        }
    }
}
