package nl.regiokompas.api.framework;

/**
 * The Dutch name of a code of the afwegingskader (a gemeente, layer, criterion, scale, ...), as one framework
 * version names it. Each side fills it from what it has: the query side from the framework version an assessment
 * was opened with, the command side from the terms the assessment is pinned to. A code it does not know has no
 * name: readers then show the code itself.
 */
@FunctionalInterface
public interface TermNames {

    /** Knows no names: every code reads as itself. */
    TermNames NONE = (term, code) -> null;

    /** The kinds of codes that have names. */
    enum Term {
        REGION, GEMEENTE, THEME, LAYER, CRITERION, SCALE, RESPONSIBILITY_KIND, RESPONSIBILITY_LEVEL, PRECONDITION_KIND,
        GOVERNANCE_FORM, MANDATE_ROLE, REFLECTION_LEVEL, GREMIUM,
        /** An indicator of the outcome guideline, coded SCALE.n (1-based within its scale), named by its text. */
        INDICATOR, FORM_CRITERION
    }

    /** The name of {@code code} as a {@code term}; null when it is unknown. */
    String nameOf(Term term, String code);

    /** The name of {@code code}, or the code itself when it has no name (null stays null). */
    default String name(Term term, String code) {
        if (code == null) {
            return null;
        }
        String name = nameOf(term, code);
        return name == null || name.isBlank() ? code : name;
    }
}
