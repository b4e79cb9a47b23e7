package nl.regiokompas.web.audit;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.FormalBody;
import nl.regiokompas.api.assessment.LocalException;
import nl.regiokompas.api.assessment.ProcessDescriptions;

import static nl.regiokompas.web.audit.DecisionRecordPage.escape;

/**
 * The part of the printed record about the current cycle's bestuurlijke bevestiging (issue 11 §4): the accepted local
 * exceptions, which formal decisions exist and which are still missing, and the follow-up.
 */
final class RecordFormalDecisions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private RecordFormalDecisions() {
    }

    static String html(AssessmentDocument document, RecordNames names) {
        if (document.decision() == null) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"formeel-titel\" id=\"formele-besluiten\">\n")
                .append("<h3 id=\"formeel-titel\">Formele besluiten bij de bestuurlijke bevestiging van cyclus ")
                .append(document.cycle()).append("</h3>\n");
        if (!document.decision().exceptions().isEmpty()) {
            html.append("<p>Aanvaarde lokale afwijkingen: ");
            for (LocalException exception : document.decision().exceptions()) {
                html.append(escape(names.gemeente(exception.gemeente()))).append(" voert ")
                        .append(escape(names.layer(exception.layer()))).append(" lokaal uit. ");
            }
            html.append("</p>\n");
        }
        html.append("<table><thead><tr><th scope=\"col\">Orgaan</th><th scope=\"col\">Datum</th>")
                .append("<th scope=\"col\">Kenmerk</th></tr></thead><tbody>\n");
        for (AssessmentDocument.FormalDecisionEntry entry : document.formalDecisions()) {
            html.append("<tr><td>").append(escape(body(entry.body(), entry.gemeente(), names))).append("</td><td>")
                    .append(entry.date() == null ? "" : DAY.format(entry.date())).append("</td><td>")
                    .append(escape(entry.reference()))
                    .append(entry.url() == null ? "" : " (" + escape(entry.url()) + ")").append("</td></tr>\n");
        }
        for (AssessmentDocument.ExpectedFormalDecision missing : document.missingFormalDecisions()) {
            html.append("<tr class=\"ontbreekt\"><td>").append(escape(body(missing.body(), missing.gemeente(), names)))
                    .append("</td><td colspan=\"2\">nog niet vastgelegd</td></tr>\n");
        }
        html.append("</tbody></table>\n<p>Vervolg: ").append(document.followUp() == null ? "nog niet vastgelegd"
                : escape(ProcessDescriptions.FOLLOW_UPS.get(nl.regiokompas.api.assessment.FollowUp.valueOf(
                        document.followUp().followUp())))).append(".</p>\n</section>\n");
        return html.toString();
    }

    private static String body(String body, String gemeente, RecordNames names) {
        return ProcessDescriptions.body(FormalBody.valueOf(body), gemeente == null ? null : names.gemeente(gemeente));
    }
}
