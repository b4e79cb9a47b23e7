package nl.regiokompas.api.framework;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The codes of one framework version that an assessment, mandate or reflection is checked against, with the
 * Dutch name of each code for the messages people read. An assessment records the terms it was opened with,
 * so that later framework versions never change it.
 * <p>
 * {@code names} holds, per {@link Term}, code to name in the framework's order. Events written before the
 * names travelled with the terms have none: then a code is its own name.
 */
public record FrameworkTerms(
        int version,
        String regionCode,
        List<String> gemeenten,
        Set<String> themes,
        List<String> layers,
        Set<String> scales,
        Set<String> criteria,
        Set<String> responsibilityKinds,
        Set<String> responsibilityLevels,
        Set<String> preconditionKinds,
        Set<String> mandateRoles,
        Set<String> governanceForms,
        Set<String> reflectionLevels,
        Set<String> reflectionPrompts,
        Map<Term, Map<String, String>> names) {

    /** The kinds of code a framework names. */
    public enum Term {
        REGION, GEMEENTE, THEME, LAYER, SCALE, CRITERION, RESPONSIBILITY_KIND, RESPONSIBILITY_LEVEL,
        PRECONDITION_KIND, MANDATE_ROLE, GOVERNANCE_FORM, REFLECTION_LEVEL, GREMIUM,
        /** An indicator of the outcome guideline: code SCALE.n (1-based within its scale), named by its text. */
        INDICATOR, FORM_CRITERION;

        /** Scales read as adjectives inside a sentence ("neiging regionaal"); other names keep their case. */
        String inText(String name) {
            return this == SCALE ? name.toLowerCase(Locale.ROOT) : name;
        }
    }

    public FrameworkTerms {
        names = names == null ? Map.of() : names;
        themes = inFrameworkOrder(themes, names, Term.THEME);
        scales = inFrameworkOrder(scales, names, Term.SCALE);
        criteria = inFrameworkOrder(criteria, names, Term.CRITERION);
        responsibilityKinds = inFrameworkOrder(responsibilityKinds, names, Term.RESPONSIBILITY_KIND);
        responsibilityLevels = inFrameworkOrder(responsibilityLevels, names, Term.RESPONSIBILITY_LEVEL);
        preconditionKinds = inFrameworkOrder(preconditionKinds, names, Term.PRECONDITION_KIND);
        mandateRoles = inFrameworkOrder(mandateRoles, names, Term.MANDATE_ROLE);
        governanceForms = inFrameworkOrder(governanceForms, names, Term.GOVERNANCE_FORM);
        reflectionLevels = inFrameworkOrder(reflectionLevels, names, Term.REFLECTION_LEVEL);
    }

    /**
     * A set read back from a stored event comes as the reader builds it (Jackson: a {@code HashSet}, in hash
     * order); the names keep the framework's order, so the codes are put back in it. Codes the names lack follow in
     * their own order.
     */
    private static Set<String> inFrameworkOrder(Set<String> codes, Map<Term, Map<String, String>> names, Term term) {
        Map<String, String> named = names.get(term);
        return codes == null || named == null || named.isEmpty() ? codes : ordered(codes, named);
    }

    /** The codes in the order of {@code named} where it names them, then the others in their own order. */
    private static Set<String> ordered(Collection<String> codes, Map<String, String> named) {
        Set<String> ordered = new LinkedHashSet<>();
        named.keySet().stream().filter(codes::contains).forEach(ordered::add);
        ordered.addAll(codes);
        return ordered;
    }

    public static FrameworkTerms of(int version, FrameworkContent content) {
        Map<Term, Map<String, String>> names = new EnumMap<>(Term.class);
        names.put(Term.REGION, named(List.of(content.region()), FrameworkContent.Region::code,
                FrameworkContent.Region::name));
        names.put(Term.GEMEENTE, named(content.region().gemeenten(), FrameworkContent.Gemeente::code,
                FrameworkContent.Gemeente::name));
        names.put(Term.THEME, named(content.themes(), FrameworkContent.Theme::code, FrameworkContent.Theme::name));
        names.put(Term.LAYER, named(content.layers(), FrameworkContent.Layer::code, FrameworkContent.Layer::name));
        names.put(Term.SCALE, named(content.scales(), FrameworkContent.Scale::code, FrameworkContent.Scale::name));
        names.put(Term.CRITERION, named(content.criteria(), FrameworkContent.Criterion::code,
                FrameworkContent.Criterion::name));
        names.put(Term.RESPONSIBILITY_KIND, named(content.responsibilityKinds(), code -> code, code -> null));
        names.put(Term.RESPONSIBILITY_LEVEL, named(content.responsibilityLevels(),
                FrameworkContent.ResponsibilityLevel::code, level -> null));
        names.put(Term.PRECONDITION_KIND, named(content.preconditionKinds(), FrameworkContent.PreconditionKind::code,
                kind -> null));
        names.put(Term.MANDATE_ROLE, named(content.mandateRoles(), FrameworkContent.MandateRole::code,
                FrameworkContent.MandateRole::name));
        names.put(Term.GOVERNANCE_FORM, named(content.governanceForms(), FrameworkContent.GovernanceForm::code,
                FrameworkContent.GovernanceForm::name));
        names.put(Term.REFLECTION_LEVEL, named(content.reflectionLevels(), code -> code, code -> null));
        // process: the gremia that may discuss a revision or a confirmation; their codes are the names' keys
        names.put(Term.GREMIUM, named(content.gremia(), FrameworkContent.Gremium::code, FrameworkContent.Gremium::name));
        names.put(Term.INDICATOR, GuidelineIndicators.named(content.outcomeGuideline()));
        names.put(Term.FORM_CRITERION, named(content.formCriteria(), FrameworkContent.FormCriterion::code,
                FrameworkContent.FormCriterion::name));
        return new FrameworkTerms(
                version,
                content.region().code(),
                content.region().gemeenten().stream().map(FrameworkContent.Gemeente::code).toList(),
                codes(content.themes().stream().map(FrameworkContent.Theme::code).toList()),
                content.layers().stream().map(FrameworkContent.Layer::code).toList(),
                codes(content.scales().stream().map(FrameworkContent.Scale::code).toList()),
                codes(content.criteria().stream().map(FrameworkContent.Criterion::code).toList()),
                codes(content.responsibilityKinds()),
                codes(content.responsibilityLevels().stream().map(FrameworkContent.ResponsibilityLevel::code).toList()),
                codes(content.preconditionKinds().stream().map(FrameworkContent.PreconditionKind::code).toList()),
                codes(content.mandateRoles().stream().map(FrameworkContent.MandateRole::code).toList()),
                codes(content.governanceForms().stream().map(FrameworkContent.GovernanceForm::code).toList()),
                codes(content.reflectionLevels()),
                codes(content.reflectionPrompts()),
                Collections.unmodifiableMap(names));
    }

    /**
     * The codes of the criteria on which forms of cooperation are weighed (phase 4), in the framework's order;
     * kept among the names rather than as a component of their own, and empty for versions without them.
     */
    public List<String> formCriteria() {
        return List.copyOf(names.getOrDefault(Term.FORM_CRITERION, Map.of()).keySet());
    }

    /**
     * The names as the readers of events take them (event descriptions, 409 texts): the framework's own name of a
     * code, null when these terms do not name it.
     */
    public TermNames termNames() {
        return (term, code) -> names.getOrDefault(Term.valueOf(term.name()), Map.of()).get(code);
    }

    /** The name of {@code code} as a sentence reads it: "Bunnik", "Beleid", "regionaal"; the code if unnamed. */
    public String nameOf(Term term, String code) {
        String name = code == null ? null : names.getOrDefault(term, Map.of()).get(code);
        return name == null ? code : term.inText(name);
    }

    /** The names of {@code codes}, in the framework's order where it names them, joined by ", ". */
    public String namesOf(Term term, Collection<String> codes) {
        return ordered(codes, names.getOrDefault(term, Map.of())).stream().map(code -> nameOf(term, code))
                .collect(Collectors.joining(", "));
    }

    /**
     * Code to name in the framework's order. Kinds the framework lists without names (responsibility kinds and
     * levels, precondition kinds, reflection levels) are named by their code as a word: RICHTING, "richting".
     */
    private static <T> Map<String, String> named(List<T> items, Function<T, String> code, Function<T, String> name) {
        Map<String, String> names = new LinkedHashMap<>();
        for (T item : items == null ? List.<T>of() : items) {
            String given = name.apply(item);
            names.put(code.apply(item), given == null || given.isBlank() ? asWord(code.apply(item)) : given);
        }
        return Collections.unmodifiableMap(names);
    }

    /** The gremia of the framework (BT, domeinoverleggen, PT, kernteam), in its order; empty in old terms. */
    public Set<String> gremia() {
        return names.getOrDefault(Term.GREMIUM, Map.of()).keySet();
    }

    /** The codes of the outcome guideline's indicators (SCALE.n), in the framework's order; none in older terms. */
    public Set<String> indicators() {
        return names.getOrDefault(Term.INDICATOR, Map.of()).keySet();
    }

    private static String asWord(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Set<String> codes(List<String> values) {
        return values.stream().collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
