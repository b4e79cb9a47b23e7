package nl.regiokompas.api.framework;

import java.util.List;
import java.util.Map;

/**
 * One version of the afwegingskader with the reference data of the region it belongs to, exactly as the
 * region adopted it. Its content comes from data (the seed file or a later adoption), never from code.
 */
public record FrameworkContent(
        Region region,
        List<Gremium> gremia,
        List<MandateRole> mandateRoles,
        List<Layer> layers,
        List<Scale> scales,
        List<String> responsibilityKinds,
        List<ResponsibilityLevel> responsibilityLevels,
        List<Criterion> criteria,
        Map<String, List<String>> outcomeGuideline,
        List<PreconditionKind> preconditionKinds,
        List<Step> workingSteps,
        List<Step> phases,
        List<GovernanceForm> governanceForms,
        List<Theme> themes,
        List<String> reflectionPrompts,
        List<String> reflectionLevels,
        List<Perspective> handelingsperspectieven,
        List<String> principles,
        List<FormCriterion> formCriteria) {

    public FrameworkContent {
        formCriteria = formCriteria == null ? List.of() : formCriteria;
    }

    public record Region(String code, String name, String domain, List<Gemeente> gemeenten) {
    }

    public record Gemeente(String code, String name) {
    }

    public record Gremium(String code, String name, String kind, String members, String chair, String role) {
    }

    public record MandateRole(String code, String name, String question) {
    }

    public record Layer(String code, String name, String meaning) {
    }

    public record Scale(String code, String name) {
    }

    public record ResponsibilityLevel(String code, String example) {
    }

    /** A criterion with its guiding question per layer code. */
    public record Criterion(String code, String name, String summary, Map<String, String> questions) {
    }

    public record PreconditionKind(String code, String meaning) {
    }

    public record Step(int n, String name, String meaning) {
    }

    public record GovernanceForm(String code, String name) {
    }

    public record Theme(String code, String name) {
    }

    public record Perspective(String code, String meaning) {
    }

    /** Phase 4: a criterion on which forms of cooperation are weighed (Platform31), with its question to a form. */
    public record FormCriterion(String code, String name, String question) {
    }
}
