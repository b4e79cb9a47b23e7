package nl.regiokompas.web.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import nl.regiokompas.api.raad.RaadConfirmationView;

import static nl.regiokompas.web.audit.DecisionRecordPage.escape;

/**
 * The part of the printed record about the gemeenteraden (issue 12): per cycle and gemeente, whether and when its raad
 * was informed of the confirmation that stands, flagged when that was not within the informing term.
 */
final class RecordRaadInforming {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private RecordRaadInforming() {
    }

    static String html(List<RaadConfirmationView> confirmations, long termDays, RecordNames names) {
        if (confirmations.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"raad-informeren-titel\" id=\"raad-informeren\">\n")
                .append("<h3 id=\"raad-informeren-titel\">Informeren van de gemeenteraden</h3>\n")
                .append("<p>Een raad die niet binnen ").append(termDays)
                .append(" dagen na de bevestiging is geïnformeerd, staat gemarkeerd als te laat.</p>\n")
                .append("<table><thead><tr><th scope=\"col\">Cyclus, revisie</th><th scope=\"col\">Gemeente</th>")
                .append("<th scope=\"col\">Bevestigd op</th><th scope=\"col\">Raad geïnformeerd</th></tr></thead><tbody>\n");
        for (RaadConfirmationView confirmation : confirmations) {
            html.append("<tr><td>").append(confirmation.cycle()).append(", ").append(confirmation.revision())
                    .append("</td><td>").append(escape(names.gemeente(confirmation.gemeente()))).append("</td><td>")
                    .append(DAY.format(confirmation.confirmedAt().atZone(DecisionRecordPage.DUTCH_TIME)))
                    .append("</td><td>").append(confirmation.informedOn() == null ? "nog niet"
                            : "op " + DAY.format(confirmation.informedOn()))
                    .append(confirmation.informingOverdue() ? " <strong>(te laat)</strong>" : "").append("</td></tr>\n");
        }
        return html.append("</tbody></table>\n</section>\n").toString();
    }
}
