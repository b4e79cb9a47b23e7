package nl.regiokompas.api.assessment;

import nl.regiokompas.api.framework.FrameworkAdopted;
import nl.regiokompas.api.mandate.MandateAmended;
import nl.regiokompas.api.mandate.MandateEnded;
import nl.regiokompas.api.mandate.MandateRegistered;
import nl.regiokompas.api.reflection.ReflectionRecorded;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One readable Dutch line per event, for the history of an assessment, the audit trail and the list of
 * changes a refused concurrent command did not see. Gemeenten, layers and scales appear as their codes,
 * because names belong to a framework version that this pure function does not know.
 */
public final class AssessmentEventDescriptions {

    private static final int QUOTE_LENGTH = 80;

    private AssessmentEventDescriptions() {
    }

    public static String describe(Object payload) {
        if (payload instanceof AssessmentOpened e) {
            return "Afwegingstraject '" + e.title() + "' geopend voor thema " + e.themeCode() + " met "
                    + String.join(", ", e.gemeenten()) + " (afwegingskader versie " + e.frameworkVersion() + ")";
        }
        if (payload instanceof CriterionInputRecorded e) {
            return e.gemeente() + " gaf input op criterium " + e.criterion() + ", laag " + e.layer()
                    + (e.leaning() == null ? " (zonder neiging)" : " (neiging " + e.leaning() + ")");
        }
        if (payload instanceof ThemeScaleProposed e) {
            return "Voorstel revisie " + e.revision() + ": " + scales(e.scales());
        }
        if (payload instanceof ResponsibilityAssigned e) {
            return "Verantwoordelijkheid " + e.kind() + " in laag " + e.layer() + " belegd bij " + e.holder()
                    + " (" + e.level() + ")";
        }
        if (payload instanceof PreconditionRecorded e) {
            return "Randvoorwaarde " + e.kind() + " vastgelegd: " + quote(e.text());
        }
        if (payload instanceof ConfirmedByBestuurder e) {
            return "Bestuurder van " + e.gemeente() + " bevestigde revisie " + e.revision();
        }
        if (payload instanceof LocalInterventionOpened e) {
            return e.gemeente() + " intervenieerde lokaal in laag " + e.layer() + " (" + e.kind() + "): "
                    + quote(e.reason());
        }
        if (payload instanceof InterventionResolved e) {
            return "Interventie van " + e.gemeente() + " afgehandeld als " + e.outcome() + ": " + quote(e.note());
        }
        if (payload instanceof DecisionRecorded e) {
            return "Besluit vastgelegd op revisie " + e.revision() + ": " + scales(e.scales()) + "; bevestigd door "
                    + e.confirmations().stream().map(Confirmation::gemeente).collect(Collectors.joining(", "));
        }
        if (payload instanceof AssessmentReopened e) {
            return "Heropend voor cyclus " + e.cycle() + ": " + quote(e.reason());
        }
        if (payload instanceof GovernanceFormRecorded e) {
            return "Samenwerkingsvorm " + e.form() + " vastgelegd: " + quote(e.rationale());
        }
        if (payload instanceof MandateRegistered e) {
            return "Mandaat voor thema " + e.themeCode() + " geregistreerd: " + holders(e.bestuurlijkOpdrachtgever(),
                    e.ambtelijkOpdrachtgever(), e.ambtenaar50());
        }
        if (payload instanceof MandateAmended e) {
            return "Mandaat voor thema " + e.themeCode() + " gewijzigd: " + holders(e.bestuurlijkOpdrachtgever(),
                    e.ambtelijkOpdrachtgever(), e.ambtenaar50()) + "; reden: " + quote(e.reason());
        }
        if (payload instanceof MandateEnded e) {
            return "Mandaat voor thema " + e.themeCode() + " beëindigd: " + quote(e.reason());
        }
        if (payload instanceof ReflectionRecorded e) {
            return "Reflectie op niveau " + e.level() + " vastgelegd"
                    + (e.assessmentId() == null ? "" : " bij afwegingstraject " + e.assessmentId());
        }
        if (payload instanceof FrameworkAdopted e) {
            return "Afwegingskader " + e.regionCode() + " versie " + e.version() + " vastgesteld"
                    + (e.reason() == null || e.reason().isBlank() ? "" : ": " + quote(e.reason()));
        }
        return payload == null ? "" : payload.getClass().getSimpleName();
    }

    private static String scales(Map<String, String> scales) {
        return scales.entrySet().stream()
                .map(scale -> scale.getKey() + " " + scale.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String holders(String bestuurlijk, String ambtelijk, String ambtenaar50) {
        return "bestuurlijk opdrachtgever " + bestuurlijk + ", ambtelijk opdrachtgever " + ambtelijk
                + ", ambtenaar 5.0 " + ambtenaar50;
    }

    private static String quote(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= QUOTE_LENGTH ? oneLine : oneLine.substring(0, QUOTE_LENGTH - 1) + "…";
    }
}
