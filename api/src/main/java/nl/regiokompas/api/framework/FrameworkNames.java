package nl.regiokompas.api.framework;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The names one framework version gives its codes. Terms the framework lists as bare words (responsibility
 * kinds and levels, precondition kinds, reflection levels) are named by that word in lower case
 * ({@code OPERATIONEEL} reads "operationeel"); a code the version does not list has no name.
 */
public final class FrameworkNames implements TermNames {

    private final Map<Term, Map<String, String>> names = new EnumMap<>(Term.class);

    private FrameworkNames() {
    }

    public static TermNames of(FrameworkContent content) {
        if (content == null) {
            return NONE;
        }
        FrameworkNames framework = new FrameworkNames();
        if (content.region() != null) {
            framework.named(Term.GEMEENTE, content.region().gemeenten(), FrameworkContent.Gemeente::code,
                    FrameworkContent.Gemeente::name);
        }
        framework.named(Term.THEME, content.themes(), FrameworkContent.Theme::code, FrameworkContent.Theme::name);
        framework.named(Term.LAYER, content.layers(), FrameworkContent.Layer::code, FrameworkContent.Layer::name);
        framework.named(Term.CRITERION, content.criteria(), FrameworkContent.Criterion::code,
                FrameworkContent.Criterion::name);
        framework.named(Term.SCALE, content.scales(), FrameworkContent.Scale::code, FrameworkContent.Scale::name);
        framework.named(Term.GOVERNANCE_FORM, content.governanceForms(), FrameworkContent.GovernanceForm::code,
                FrameworkContent.GovernanceForm::name);
        framework.named(Term.MANDATE_ROLE, content.mandateRoles(), FrameworkContent.MandateRole::code,
                FrameworkContent.MandateRole::name);
        framework.named(Term.RESPONSIBILITY_KIND, content.responsibilityKinds(), Function.identity(),
                FrameworkNames::word);
        framework.named(Term.RESPONSIBILITY_LEVEL, content.responsibilityLevels(),
                FrameworkContent.ResponsibilityLevel::code, level -> word(level.code()));
        framework.named(Term.PRECONDITION_KIND, content.preconditionKinds(), FrameworkContent.PreconditionKind::code,
                kind -> word(kind.code()));
        framework.named(Term.REFLECTION_LEVEL, content.reflectionLevels(), Function.identity(), FrameworkNames::word);
        return framework;
    }

    @Override
    public String nameOf(Term term, String code) {
        return names.getOrDefault(term, Map.of()).get(code);
    }

    private <T> void named(Term term, List<T> items, Function<T, String> code, Function<T, String> name) {
        Map<String, String> byCode = new HashMap<>();
        for (T item : items == null ? List.<T>of() : items) {
            if (code.apply(item) != null && name.apply(item) != null) {
                byCode.put(code.apply(item), name.apply(item));
            }
        }
        names.put(term, Map.copyOf(byCode));
    }

    private static String word(String code) {
        return code == null ? null : code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
