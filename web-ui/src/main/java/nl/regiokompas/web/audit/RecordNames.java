package nl.regiokompas.web.audit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.regiokompas.api.assessment.AssessmentEventDescriptions;
import nl.regiokompas.api.common.Actor;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.FrameworkNames;
import nl.regiokompas.api.framework.TermNames;
import nl.regiokompas.api.framework.TermNames.Term;

/**
 * The Dutch names a gemeenteraad reads in the decision record instead of codes: gemeenten, layers, scales and
 * themes as the framework version the assessment is pinned to names them ({@link FrameworkNames}), people as the
 * history names them, and the fixed words for intervention kinds and outcomes. A code without a name is shown as it is.
 */
final class RecordNames {

    private static final Map<String, String> INTERVENTION_KINDS = Map.of("BEZWAAR", "bezwaar",
            "LOKALE_AFWIJKING", "lokale afwijking", "UITSTEL", "uitstel");

    private final FrameworkContent content;
    private final TermNames names;

    RecordNames(FrameworkContent content) {
        this.content = content;
        this.names = FrameworkNames.of(content);
    }

    String region() {
        return content.region().name();
    }

    String gemeente(String code) {
        return nameOf(Term.GEMEENTE, code);
    }

    String gemeenten(List<String> codes) {
        return codes.stream().map(this::gemeente).collect(Collectors.joining(", "));
    }

    String layer(String code) {
        return nameOf(Term.LAYER, code);
    }

    String scale(String code) {
        return nameOf(Term.SCALE, code);
    }

    String theme(String code) {
        return nameOf(Term.THEME, code);
    }

    /** An assessment opened without a title carries its theme code as title: shown as the theme's name. */
    String title(String title, String themeCode) {
        return title == null || title.isBlank() || title.equals(themeCode) ? theme(themeCode) : title;
    }

    /** The layers in the framework's order, so every scale table reads the same way. */
    List<String> layerCodes() {
        return content.layers().stream().map(FrameworkContent.Layer::code).toList();
    }

    String interventionKind(String code) {
        return code == null ? "" : INTERVENTION_KINDS.getOrDefault(code, code);
    }

    String outcome(String code) {
        return nl.regiokompas.api.assessment.AssessmentEventDescriptions.outcome(code);
    }

    /** "Wethouder Zeist (bestuurder, Zeist)", as the history names people; an event without a user was the system's. */
    String actor(Actor actor) {
        if (actor == null || actor.userId() == null) {
            return "het systeem";
        }
        return AssessmentEventDescriptions.person(actor, names);
    }

    private String nameOf(Term term, String code) {
        return code == null ? "" : names.name(term, code);
    }
}
