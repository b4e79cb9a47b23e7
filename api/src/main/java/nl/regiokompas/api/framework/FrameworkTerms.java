package nl.regiokompas.api.framework;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The codes of one framework version that an assessment, mandate or reflection is checked against. An
 * assessment records the terms it was opened with, so that later framework versions never change it.
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
        Set<String> reflectionPrompts) {

    public static FrameworkTerms of(int version, FrameworkContent content) {
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
                codes(content.reflectionPrompts()));
    }

    private static Set<String> codes(List<String> values) {
        return values.stream().collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
