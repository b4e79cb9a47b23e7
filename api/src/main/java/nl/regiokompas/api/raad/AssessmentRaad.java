package nl.regiokompas.api.raad;

import java.util.List;

/**
 * What concerns the gemeenteraden in one assessment (current cycle): per participating gemeente the kaders in
 * force for the theme, the confirmation as the raad sees it and whether and when the raad was informed; the
 * zienswijze periods with their zienswijzen. {@code version}: the assessment's last raad event in this view (a verdict,
 * zienswijze or informing), so a client can wait for its own change ({@code ?minVersion=}).
 */
public record AssessmentRaad(String assessmentId, String themeCode, int cycle, long informingTermDays,
                             List<Gemeente> gemeenten, List<ZienswijzeView> zienswijzePeriods,
                             long version) {

    public record Gemeente(String gemeente, List<KaderView> kaders, RaadConfirmationView confirmation,
                           List<InformingView> informed) {
    }
}
