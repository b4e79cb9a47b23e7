package nl.regiokompas.web.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.HistoryEntry;
import nl.regiokompas.api.audit.AssessmentRecord;
import nl.regiokompas.api.audit.DecisionProvenance;
import nl.regiokompas.api.common.Actor;
import org.springframework.web.util.HtmlUtils;

/**
 * The decision record of an assessment as a printable HTML page in Dutch, for a gemeenteraad. Every text that
 * comes from users or events is escaped; times are shown in Dutch time with the UTC instant in the history.
 */
final class DecisionRecordPage {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter WHEN = DateTimeFormatter
            .ofPattern("d MMMM yyyy 'om' HH:mm:ss", Locale.forLanguageTag("nl-NL")).withZone(DUTCH_TIME);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <title>Besluitvormingsdossier {{title}}</title>
            <style>
              body { font-family: Georgia, "Times New Roman", serif; font-size: 11pt; line-height: 1.4;
                     margin: 2em auto; max-width: 60em; color: #000; background: #fff; }
              h1 { font-size: 18pt; margin-bottom: 0.2em; }
              h2 { font-size: 14pt; border-bottom: 1px solid #444; margin-top: 1.6em; }
              h3 { font-size: 12pt; margin-bottom: 0.3em; }
              table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
              th, td { border: 1px solid #999; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
              th { background: #eee; }
              .meta td:first-child { width: 14em; font-weight: bold; }
              .hash { font-family: "Courier New", monospace; font-size: 9pt; word-break: break-all; }
              .klein { font-size: 9pt; color: #333; }
              .anker { font-family: "Courier New", monospace; font-size: 10pt; word-break: break-all;
                       border: 1px solid #000; padding: 0.4em; }
              .waarschuwing { font-weight: bold; }
              section.besluit { page-break-inside: avoid; }
              @media print {
                body { margin: 0; max-width: none; }
                h2 { page-break-after: avoid; }
                tr { page-break-inside: avoid; }
                a { color: #000; text-decoration: none; }
              }
            </style>
            </head>
            <body>
            <header>
            <h1>Besluitvormingsdossier: {{title}}</h1>
            <p class="klein">Uittreksel uit Regiokompas, opgemaakt op {{exportedAt}}. Alle gegevens komen rechtstreeks
            uit de gebeurtenissenopslag; de hashwaarden onderaan maken controle op latere wijzigingen mogelijk.</p>
            </header>
            <main>
            <table class="meta">
            <tr><td>Afwegingstraject</td><td>{{assessmentId}}</td></tr>
            <tr><td>Thema</td><td>{{themeCode}}</td></tr>
            <tr><td>Deelnemende gemeenten</td><td>{{gemeenten}}</td></tr>
            <tr><td>Afwegingskader</td><td>versie {{frameworkVersion}}</td></tr>
            <tr><td>Huidige stand</td><td>{{status}}, cyclus {{cycle}}</td></tr>
            </table>
            <h2>Besluiten</h2>
            {{decisions}}
            <h2>Volledige geschiedenis</h2>
            <table>
            <tr><th>#</th><th>Tijdstip</th><th>Door</th><th>Gebeurtenis</th><th>Reden of toelichting</th></tr>
            {{history}}
            </table>
            <h2>Integriteit</h2>
            <p>Elke gebeurtenis is bij het opslaan opgenomen in een hashketen ({{algorithm}}): elke schakel dekt de
            vorige schakel en de volledige opgeslagen gebeurtenis. Bewaar dit dossier; wie later dezelfde
            hashwaarden terugvindt in de keten (controle via <code>/api/audit/verify</code>), weet dat deze
            gebeurtenissen sindsdien niet zijn gewijzigd.</p>
            <table class="meta">
            <tr><td>Laatste gebeurtenis</td><td class="hash">{{lastEvent}} (volgnummer {{lastSequence}}, schakel {{lastPosition}})</td></tr>
            <tr><td>Hash laatste gebeurtenis</td><td class="hash">{{lastHash}}</td></tr>
            <tr><td>Kop van de keten</td><td class="hash">schakel {{headPosition}}: {{headHash}}</td></tr>
            </table>
            <h3>Anker van dit dossier</h3>
            <p class="anker">{{anchor}}</p>
            <p>Dit anker is de kop van de hashketen op het moment dat dit dossier werd opgemaakt (schakel
            {{headPosition}}, daarna de hash). Bewaar het buiten Regiokompas, bijvoorbeeld bij de stukken van de
            raad. Een auditor of het programmateam controleert het later met
            <code>/api/audit/verify?anchor={{anchor}}</code>: staat in het antwoord bij <code>anchor</code>
            <code>"matches": true</code>, dan bevat Regiokompas nog precies dezelfde gebeurtenissen tot en met
            schakel {{headPosition}} als toen. Staat er <code>false</code>, dan is de opgeslagen geschiedenis
            sindsdien gewijzigd, ook als de keten in zichzelf weer klopt.</p>
            </main>
            </body>
            </html>
            """;

    private DecisionRecordPage() {
    }

    static String render(AssessmentRecord record) {
        AssessmentDocument document = record.document();
        AssessmentRecord.ChainAnchor chain = record.chain();
        Map<String, String> values = new HashMap<>();
        values.put("title", escape(document.title()));
        values.put("exportedAt", when(record.exportedAt()));
        values.put("assessmentId", escape(record.assessmentId()));
        values.put("themeCode", escape(document.themeCode()));
        values.put("gemeenten", escape(String.join(", ", document.gemeenten())));
        values.put("frameworkVersion", String.valueOf(document.frameworkVersion()));
        values.put("status", escape(statusText(document.status())));
        values.put("cycle", String.valueOf(document.cycle()));
        values.put("decisions", decisions(record.decisions()));
        values.put("history", history(record.history()));
        values.put("algorithm", escape(chain.algorithm()));
        values.put("lastEvent", escape(chain.lastEventIdentifier()));
        values.put("lastSequence", String.valueOf(chain.lastEventSequence()));
        values.put("lastPosition", chain.lastEventPosition() == null ? "onbekend"
                : String.valueOf(chain.lastEventPosition()));
        values.put("lastHash", escape(orUnknown(chain.lastEventHash())));
        values.put("headPosition", String.valueOf(chain.headPosition()));
        values.put("headHash", escape(orUnknown(chain.headHash())));
        values.put("anchor", escape(orUnknown(chain.anchor())));
        return fill(PAGE, values);
    }

    /** Fills every {{name}} of the template in one pass, so that filled-in text is never read as a placeholder. */
    static String fill(String template, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder html = new StringBuilder(template.length() * 2);
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for placeholder " + placeholder.group());
            }
            placeholder.appendReplacement(html, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(html);
        return html.toString();
    }

    private static String decisions(List<DecisionProvenance> decisions) {
        if (decisions.isEmpty()) {
            return "<p>Er is (nog) geen besluit genomen.</p>";
        }
        StringBuilder html = new StringBuilder();
        for (DecisionProvenance decision : decisions) {
            html.append("<section class=\"besluit\">\n<h3>Besluit cyclus ").append(decision.cycle())
                    .append(", revisie ").append(decision.revision()).append(", vastgesteld op ")
                    .append(when(decision.decidedAt())).append("</h3>\n")
                    .append("<p class=\"klein\">Besluit-id ").append(escape(decision.decisionId())).append("</p>\n")
                    .append("<table><tr><th>Laag</th><th>Schaal</th></tr>\n");
            decision.scales().forEach((layer, scale) -> html.append("<tr><td>").append(escape(layer))
                    .append("</td><td>").append(escape(scale)).append("</td></tr>\n"));
            html.append("</table>\n<p><strong>Bevestigd door de bestuurders</strong></p>\n")
                    .append("<table><tr><th>Gemeente</th><th>Door</th><th>Op</th><th>Toelichting</th></tr>\n");
            for (DecisionProvenance.ConfirmationTrace confirmation : decision.confirmations()) {
                html.append("<tr><td>").append(escape(confirmation.gemeente())).append("</td><td>")
                        .append(actor(confirmation.by())).append("</td><td>").append(when(confirmation.at()))
                        .append("</td><td>").append(escape(confirmation.note())).append("</td></tr>\n");
            }
            html.append("</table>\n<p><strong>Voorstellen</strong></p>\n")
                    .append("<table><tr><th>Revisie</th><th>Schalen</th><th>Onderbouwing</th><th>Door, op</th>")
                    .append("<th>Gewijzigd ten opzichte van vorige revisie</th></tr>\n");
            for (DecisionProvenance.RevisionTrace revision : decision.revisions()) {
                html.append("<tr><td>").append(revision.revision()).append(revision.decided() ? " (besloten)" : "")
                        .append("</td><td>").append(escape(scales(revision.scales()))).append("</td><td>")
                        .append(escape(revision.rationale())).append("</td><td>").append(actor(revision.by()))
                        .append(", ").append(when(revision.at())).append("</td><td>")
                        .append(escape(changes(revision.changes()))).append("</td></tr>\n");
            }
            html.append("</table>\n");
            if (!decision.interventions().isEmpty()) {
                html.append("<p><strong>Lokale interventies</strong></p>\n<table><tr><th>Gemeente</th>")
                        .append("<th>Laag, soort</th><th>Reden</th><th>Ingediend</th><th>Afhandeling</th></tr>\n");
                for (DecisionProvenance.InterventionTrace intervention : decision.interventions()) {
                    html.append("<tr><td>").append(escape(intervention.gemeente())).append("</td><td>")
                            .append(escape(intervention.layer())).append(", ").append(escape(intervention.kind()))
                            .append("</td><td>").append(escape(intervention.reason())).append("</td><td>")
                            .append(actor(intervention.openedBy())).append(", ").append(when(intervention.openedAt()))
                            .append("</td><td>");
                    if (intervention.outcome() == null) {
                        html.append("open");
                    } else {
                        html.append(escape(intervention.outcome())).append(": ").append(escape(intervention.note()))
                                .append(" (").append(actor(intervention.resolvedBy())).append(", ")
                                .append(when(intervention.resolvedAt())).append(')');
                    }
                    html.append("</td></tr>\n");
                }
                html.append("</table>\n");
            }
            html.append("</section>\n");
        }
        return html.toString();
    }

    private static String history(List<HistoryEntry> history) {
        StringBuilder html = new StringBuilder();
        for (HistoryEntry entry : history) {
            html.append("<tr><td>").append(entry.sequence()).append("</td><td>").append(when(entry.occurredAt()))
                    .append("<br><span class=\"klein\">").append(escape(String.valueOf(entry.occurredAt())))
                    .append("</span></td><td>").append(actor(entry.actor())).append("</td><td>")
                    .append(escape(entry.description())).append(Boolean.FALSE.equals(entry.linkVerified())
                            ? "<br><span class=\"waarschuwing\">Let op: de hashschakel van deze gebeurtenis klopt "
                            + "niet; de opgeslagen gebeurtenis is gewijzigd na het opslaan.</span>" : "")
                    .append("</td><td>").append(escape(entry.reason()))
                    .append("</td></tr>\n");
        }
        return html.toString();
    }

    private static String actor(Actor actor) {
        if (actor == null || actor.userId() == null) {
            return "systeem";
        }
        String name = actor.name() == null ? actor.userId() : actor.name();
        String role = actor.role() == null ? "" : actor.role().name().toLowerCase(Locale.ROOT);
        String detail = actor.gemeente() == null ? role : role + " " + actor.gemeente();
        return escape(name) + (detail.isBlank() ? "" : " <span class=\"klein\">(" + escape(detail.strip()) + ")</span>");
    }

    private static String scales(Map<String, String> scales) {
        return scales == null ? "" : scales.entrySet().stream()
                .map(scale -> scale.getKey() + ": " + scale.getValue()).collect(Collectors.joining(", "));
    }

    private static String changes(List<DecisionProvenance.Change> changes) {
        if (changes.isEmpty()) {
            return "";
        }
        return changes.stream().map(change -> DecisionProvenance.Change.SCALE.equals(change.what())
                        ? change.layer() + ": " + change.from() + " → " + change.to()
                        : "onderbouwing herzien")
                .collect(Collectors.joining("; "));
    }

    private static String statusText(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case AssessmentDocument.OPEN -> "open";
            case AssessmentDocument.VOORGESTELD -> "voorgesteld";
            case AssessmentDocument.BESLOTEN -> "besloten";
            default -> status;
        };
    }

    private static String orUnknown(String value) {
        return value == null ? "onbekend" : value;
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
