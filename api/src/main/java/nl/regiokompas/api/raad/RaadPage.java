package nl.regiokompas.api.raad;

import java.util.List;

/** The page of one gemeenteraad, per theme: its kaders and what runs under them. */
public record RaadPage(String gemeente, long informingTermDays, List<Theme> themes) {

    /**
     * {@code waiting}: confirmations that wait for the raad's verdict; {@code notInformed}: confirmations of which the
     * raad has not been informed yet (flagged when past the term).
     */
    public record Theme(String themeCode, List<KaderView> kaders, List<Assessment> assessments,
                        List<ZienswijzeView> openZienswijzePeriods, List<RaadConfirmationView> waiting,
                        List<InformingView> informed, List<RaadConfirmationView> notInformed) {
    }

    public record Assessment(String assessmentId, String title, int cycle, boolean decided) {
    }
}
