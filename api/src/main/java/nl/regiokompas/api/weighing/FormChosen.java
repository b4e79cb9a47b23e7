package nl.regiokompas.api.weighing;

import java.util.List;

import nl.regiokompas.api.assessment.Confirmation;

/**
 * Every gemeente's bestuurder confirmed revision {@code revision} and no intervention is open: {@code form} is the
 * form of cooperation of each theme in {@code themes}. This is what the per-assessment governance form became.
 */
public record FormChosen(String weighingId, int revision, String form, String rationale, List<WeighedTheme> themes,
                         List<Confirmation> confirmations) {
}
