package nl.regiokompas.web.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.regiokompas.api.common.Actor;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.framework.FrameworkContent;

/**
 * The Dutch names a gemeenteraad reads in the decision record instead of codes: gemeenten, layers, scales,
 * criteria and themes from the framework version the assessment is pinned to, and the fixed words for roles,
 * intervention kinds and outcomes. A code the framework does not know is shown as it is.
 */
final class RecordNames {

    private static final Map<Role, String> ROLES = Map.of(Role.STRATEEG, "strateeg", Role.BESTUURDER, "wethouder",
            Role.RAADSLID, "raadslid", Role.PROGRAMMATEAM, "programmateam", Role.AUDITOR, "auditor");
    private static final Map<String, String> INTERVENTION_KINDS = Map.of("BEZWAAR", "bezwaar",
            "LOKALE_AFWIJKING", "lokale afwijking", "UITSTEL", "uitstel");
    private static final Map<String, String> OUTCOMES = Map.of("INGETROKKEN", "ingetrokken",
            "OVERGENOMEN", "overgenomen in een nieuw voorstel", "VERWORPEN", "verworpen");

    private final FrameworkContent content;
    private final Map<String, String> gemeenten;
    private final Map<String, String> layers;
    private final Map<String, String> scales;
    private final Map<String, String> themes;

    RecordNames(FrameworkContent content) {
        this.content = content;
        this.gemeenten = byCode(content.region().gemeenten(), FrameworkContent.Gemeente::code,
                FrameworkContent.Gemeente::name);
        this.layers = byCode(content.layers(), FrameworkContent.Layer::code, FrameworkContent.Layer::name);
        this.scales = byCode(content.scales(), FrameworkContent.Scale::code, FrameworkContent.Scale::name);
        this.themes = byCode(content.themes(), FrameworkContent.Theme::code, FrameworkContent.Theme::name);
    }

    String region() {
        return content.region().name();
    }

    String gemeente(String code) {
        return nameOf(gemeenten, code);
    }

    String gemeenten(List<String> codes) {
        return codes.stream().map(this::gemeente).collect(Collectors.joining(", "));
    }

    String layer(String code) {
        return nameOf(layers, code);
    }

    String scale(String code) {
        return nameOf(scales, code);
    }

    String theme(String code) {
        return nameOf(themes, code);
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
        return nameOf(INTERVENTION_KINDS, code);
    }

    String outcome(String code) {
        return nameOf(OUTCOMES, code);
    }

    /** "Wethouder Zeist (wethouder, Zeist)"; an event without a user was written by the system. */
    String actor(Actor actor) {
        if (actor == null || actor.userId() == null) {
            return "het systeem";
        }
        String name = actor.name() == null ? actor.userId() : actor.name();
        String role = actor.role() == null ? null : ROLES.getOrDefault(actor.role(),
                actor.role().name().toLowerCase(Locale.ROOT));
        String gemeente = actor.gemeente() == null ? null : gemeente(actor.gemeente());
        String detail = role == null ? gemeente : gemeente == null ? role : role + ", " + gemeente;
        return detail == null ? name : name + " (" + detail + ")";
    }

    private static String nameOf(Map<String, String> names, String code) {
        return code == null ? "" : names.getOrDefault(code, code);
    }

    private static <T> Map<String, String> byCode(List<T> items, Function<T, String> code, Function<T, String> name) {
        return items == null ? Map.of() : items.stream().collect(Collectors.toMap(code, name, (a, b) -> a));
    }
}
