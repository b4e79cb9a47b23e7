package nl.regiokompas.command.framework;

import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkContent;

import java.util.List;
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
