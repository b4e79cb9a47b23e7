package nl.regiokompas.command.framework;

import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkContent;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;

/** The minimum a framework version needs before assessments, mandates and reflections can use it. */
final class FrameworkContentRules {

    private FrameworkContentRules() {
    }

    static void validate(String regionCode, FrameworkContent content) {
        if (content == null) {
            throw RuleViolation.invalid("content", "Geef de inhoud van het afwegingskader op.");
        }
        if (content.region() == null || !Objects.equals(regionCode, content.region().code())) {
            throw RuleViolation.invalid("region", "Het afwegingskader hoort bij regio '"
                    + (content.region() == null ? null : content.region().code()) + "', niet bij regio '"
                    + regionCode + "'.");
        }
        requireSome("gemeenten", "gemeente", content.region().gemeenten());
        requireSome("layers", "laag", content.layers());
        requireSome("scales", "schaal", content.scales());
        requireSome("criteria", "criterium", content.criteria());
        requireSome("themes", "thema", content.themes());
        for (FrameworkContent.Criterion criterion : content.criteria()) {
            for (FrameworkContent.Layer layer : content.layers()) {
                String question = criterion.questions() == null ? null : criterion.questions().get(layer.code());
                if (question == null || question.isBlank()) {
                    throw RuleViolation.invalid("criteria", "Criterium '" + nameOr(criterion.name(), criterion.code())
                            + "' heeft geen vraag voor laag " + nameOr(layer.name(), layer.code()) + ".");
                }
            }
        }
        validateFormCriteria(content.formCriteria());
    }

    /** Phase 4 weighs forms of cooperation on these criteria, so each needs a code of its own and a name. */
    private static void validateFormCriteria(List<FrameworkContent.FormCriterion> formCriteria) {
        requireSome("formCriteria", "criterium voor de vormafweging", formCriteria);
        Set<String> codes = new HashSet<>();
        for (FrameworkContent.FormCriterion criterion : formCriteria) {
            if (criterion == null || criterion.code() == null || criterion.code().isBlank()
                    || criterion.name() == null || criterion.name().isBlank()) {
                throw RuleViolation.invalid("formCriteria",
                        "Elk criterium voor de vormafweging heeft een code en een naam.");
            }
            if (!codes.add(criterion.code())) {
                throw RuleViolation.invalid("formCriteria", "Criterium voor de vormafweging '" + criterion.name()
                        + "' heeft dezelfde code als een ander: " + criterion.code() + ".");
            }
        }
    }

    private static String nameOr(String name, String code) {
        return name == null || name.isBlank() ? code : name;
    }

    private static void requireSome(String field, String noun, List<?> values) {
        if (values == null || values.isEmpty()) {
            throw RuleViolation.invalid(field, "Het afwegingskader moet ten minste één " + noun + " bevatten.");
        }
    }
}
