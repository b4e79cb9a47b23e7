package nl.regiokompas.query.route;

import java.util.List;

import nl.regiokompas.api.route.RoutePhase;

/** What comes next for a theme on the route, in Dutch, from its phase and what is still missing. */
final class NextStep {

    private NextStep() {
    }

    static String of(RoutePhase phase, boolean inFramework, String followUp, List<String> notScoredBy) {
        String next = switch (phase) {
            case OP_AGENDA -> notScoredBy.isEmpty()
                    ? "De Bestuurstafel bepaalt de volgorde en of het thema in de huidige ronde komt."
                    : "Nog te scoren door " + String.join(", ", notScoredBy)
                    + "; daarna bepaalt de Bestuurstafel de volgorde.";
            case IN_RONDE -> inFramework
                    ? "Een strateeg of het programmateam opent de afweging (fase 3)."
                    : "Neem het thema op in een nieuwe versie van het afwegingskader; daarna kan de afweging beginnen.";
            case AFWEGING_LOOPT -> "De gemeenten wegen het thema af; daarna bevestigen de bestuurders het voorstel.";
            case BEVESTIGD -> "Kies de samenwerkingsvorm die bij de inhoud past (fase 4).";
            case VORM_GEKOZEN -> "Uitvoeren en reflecteren; het vervolg komt terug op de agenda.";
        };
        return followUp != null && phase == RoutePhase.OP_AGENDA ? "Vervolg: " + followUp + ". " + next : next;
    }
}
