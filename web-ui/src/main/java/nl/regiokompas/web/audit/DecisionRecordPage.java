package nl.regiokompas.web.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.HistoryEntry;
import nl.regiokompas.api.audit.AssessmentRecord;
import nl.regiokompas.api.audit.DecisionProvenance;
import nl.regiokompas.api.common.DutchTime;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.web.page.HtmlTemplate;

/**
 * The decision record of an assessment as a printable HTML page in Dutch, for a gemeenteraad: names instead of
 * codes (from the framework version the assessment is pinned to), landmarks and headings without gaps, and the
 * style in {@code /css/dossier.css} (no inline style, for a strict Content-Security-Policy). Every text that
 * comes from users or events is escaped; times are shown in Dutch time with the UTC instant in the history.
 */
final class DecisionRecordPage {

    static final ZoneId DUTCH_TIME = DutchTime.ZONE;
    private static final DateTimeFormatter WHEN = DateTimeFormatter
            .ofPattern("d MMMM yyyy 'om' HH:mm:ss", Locale.forLanguageTag("nl-NL")).withZone(DUTCH_TIME);

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Besluitvormingsdossier {{title}}</title>
            <link rel="stylesheet" href="/css/dossier.css">
            </head>
            <body>
            <header class="dossierkop">
            <p class="afzender">Regiokompas · {{region}}</p>
            <h1>Besluitvormingsdossier: {{title}}</h1>
            <p class="klein">Uittreksel uit Regiokompas, opgemaakt op {{exportedAt}}. Alle gegevens komen rechtstreeks
            uit de gebeurtenissenopslag; de hashwaarden onderaan maken controle op latere wijzigingen mogelijk.</p>
            </header>
            <main>
            <section aria-labelledby="kenmerken-titel">
            <h2 id="kenmerken-titel">Kenmerken</h2>
            <table class="meta">
            <caption class="visueel-verborgen">Kenmerken van het afwegingstraject</caption>
            <tr><th scope="row">Thema</th><td>{{theme}}</td></tr>
            <tr><th scope="row">Deelnemende gemeenten</th><td>{{gemeenten}}</td></tr>
            <tr><th scope="row">Afwegingskader</th><td>versie {{frameworkVersion}}</td></tr>
            <tr><th scope="row">Huidige stand</th><td>{{status}}, cyclus {{cycle}}</td></tr>
            <tr><th scope="row">Kenmerk van het traject</th><td class="hash">{{assessmentId}}</td></tr>
            </table>
            </section>
            <section aria-labelledby="besluiten-titel" id="besluiten">
            <h2 id="besluiten-titel">Bestuurlijke bevestigingen</h2>
            {{decisions}}
            {{formalDecisions}}
            {{raadInforming}}
            </section>
            <section aria-labelledby="geschiedenis-titel" id="geschiedenis">
            <h2 id="geschiedenis-titel">Volledige geschiedenis</h2>
            <table>
            <caption class="visueel-verborgen">Alle gebeurtenissen van dit afwegingstraject, de oudste eerst</caption>
            <thead><tr><th scope="col">Nr.</th><th scope="col">Tijdstip</th><th scope="col">Door</th><th scope="col">Gebeurtenis</th><th scope="col">Reden of toelichting</th></tr></thead>
            <tbody>
            {{history}}
            </tbody>
            </table>
            </section>
            <section aria-labelledby="integriteit-titel" id="integriteit">
            <h2 id="integriteit-titel">Integriteit</h2>
            <p>Elke gebeurtenis is bij het opslaan opgenomen in de hashketen van dit afwegingstraject ({{algorithm}}):
            elke schakel dekt de vorige schakel en de volledige opgeslagen gebeurtenis. Controlepunten leggen
            de koppen van alle ketens vast en vormen zelf ook een keten. Bewaar dit dossier; wie later dezelfde
            hashwaarden terugvindt in de keten (controle via <code>/api/audit/verify</code>), weet dat deze
            gebeurtenissen sindsdien niet zijn gewijzigd.</p>
            <table class="meta">
            <caption class="visueel-verborgen">Plaats van dit dossier in de hashketen</caption>
            <tr><th scope="row">Laatste gebeurtenis</th><td class="hash">{{lastEvent}} (volgnummer {{lastSequence}})</td></tr>
            <tr><th scope="row">Hash laatste gebeurtenis</th><td class="hash">{{lastHash}}</td></tr>
            <tr><th scope="row">Laatste controlepunt</th><td class="hash">controlepunt {{headPosition}}: {{headHash}}</td></tr>
            </table>
            <h3>Anker van dit dossier</h3>
            <p class="anker">{{anchor}}</p>
            <p>Dit anker is het controlepunt dat bij het opmaken van dit dossier is vastgelegd (controlepunt
            {{headPosition}}, daarna de hash); het dekt alle gebeurtenissen van dit dossier. Bewaar het buiten Regiokompas, bijvoorbeeld bij de stukken van de
            raad. Een auditor of het programmateam controleert het later in Regiokompas onder <em>Integriteit</em>,
            of met <code>/api/audit/verify?anchor={{anchor}}</code>: staat in het antwoord bij <code>anchor</code>
            <code>"matches": true</code>, dan bevat Regiokompas nog precies dezelfde gebeurtenissen tot en met
            controlepunt {{headPosition}} als toen. Staat er <code>false</code>, dan is de opgeslagen geschiedenis
            sindsdien gewijzigd, ook als de keten in zichzelf weer klopt.</p>
            </section>
            </main>
            </body>
            </html>
            """;

    private DecisionRecordPage() {
    }

    /**
     * The record with the names of the framework version its assessment is pinned to, and whether and when each
     * gemeente's raad was informed of the confirmations that stand.
     */
    static String render(AssessmentRecord record, FrameworkContent framework, RaadInformingOfRecord informing) {
        RecordNames names = new RecordNames(framework);
        AssessmentDocument document = record.document();
        AssessmentRecord.ChainAnchor chain = record.chain();
        Map<String, String> values = new HashMap<>();
        values.put("title", escape(names.title(document.title(), document.themeCode())));
        values.put("region", escape(names.region()));
        values.put("exportedAt", when(record.exportedAt()));
        values.put("assessmentId", escape(record.assessmentId()));
        values.put("theme", escape(names.theme(document.themeCode())));
        values.put("gemeenten", escape(names.gemeenten(document.gemeenten())));
        values.put("frameworkVersion", String.valueOf(document.frameworkVersion()));
        values.put("status", escape(statusText(document.status())));
        values.put("cycle", String.valueOf(document.cycle()));
        values.put("decisions", decisions(record.decisions(), names));
        values.put("history", history(record.history(), names));
        values.put("formalDecisions", RecordFormalDecisions.html(document, names));
        values.put("raadInforming", RecordRaadInforming.html(informing.confirmations(), informing.termDays(), names));
        values.put("algorithm", escape(chain.algorithm()));
        values.put("lastEvent", escape(chain.lastEventIdentifier()));
        values.put("lastSequence", String.valueOf(chain.lastEventSequence()));
        values.put("lastHash", escape(orUnknown(chain.lastEventHash())));
        values.put("headPosition", String.valueOf(chain.headPosition()));
        values.put("headHash", escape(orUnknown(chain.headHash())));
        values.put("anchor", escape(orUnknown(chain.anchor())));
        return fill(PAGE, values);
    }

    static String fill(String template, Map<String, String> values) {
        return HtmlTemplate.fill(template, values);
    }

    private static String decisions(List<DecisionProvenance> decisions, RecordNames names) {
        if (decisions.isEmpty()) {
            return "<p>Er is (nog) geen bestuurlijke bevestiging.</p>";
        }
        StringBuilder html = new StringBuilder();
        int number = 0;
        for (DecisionProvenance decision : decisions) {
            number++;
            String id = "besluit-" + number;
            html.append("<section class=\"besluit\" aria-labelledby=\"").append(id).append("\">\n<h3 id=\"")
                    .append(id).append("\">Bestuurlijke bevestiging cyclus ").append(decision.cycle())
                    .append(", revisie ").append(decision.revision()).append(", bevestigd op ")
                    .append(when(decision.decidedAt())).append("</h3>\n")
                    .append("<p class=\"klein\">Kenmerk van de bevestiging: ").append(escape(decision.decisionId()))
                    .append("</p>\n<h4>Bevestigde schaal per laag</h4>\n<table>")
                    .append("<thead><tr><th scope=\"col\">Laag</th><th scope=\"col\">Schaal</th></tr></thead><tbody>\n");
            for (String layer : layersOf(decision.scales(), names)) {
                html.append("<tr><th scope=\"row\">").append(escape(names.layer(layer))).append("</th><td>")
                        .append(escape(names.scale(decision.scales().get(layer)))).append("</td></tr>\n");
            }
            html.append("</tbody></table>\n<h4>Bevestigd door de bestuurders</h4>\n")
                    .append("<table><thead><tr><th scope=\"col\">Gemeente</th><th scope=\"col\">Door</th>")
                    .append("<th scope=\"col\">Op</th><th scope=\"col\">Toelichting</th></tr></thead><tbody>\n");
            for (DecisionProvenance.ConfirmationTrace confirmation : decision.confirmations()) {
                html.append("<tr><td>").append(escape(names.gemeente(confirmation.gemeente()))).append("</td><td>")
                        .append(escape(names.actor(confirmation.by()))).append("</td><td>")
                        .append(when(confirmation.at())).append("</td><td>").append(escape(confirmation.note()))
                        .append("</td></tr>\n");
            }
            html.append("</tbody></table>\n<h4>Voorstellen</h4>\n")
                    .append("<table><thead><tr><th scope=\"col\">Revisie</th><th scope=\"col\">Schalen</th>")
                    .append("<th scope=\"col\">Onderbouwing</th><th scope=\"col\">Door, op</th>")
                    .append("<th scope=\"col\">Gewijzigd ten opzichte van de vorige revisie</th></tr></thead><tbody>\n");
            for (DecisionProvenance.RevisionTrace revision : decision.revisions()) {
                html.append("<tr><td>").append(revision.revision()).append(revision.decided() ? " (bevestigd)" : "")
                        .append("</td><td>").append(escape(scales(revision.scales(), names))).append("</td><td>")
                        .append(escape(revision.rationale())).append("</td><td>")
                        .append(escape(names.actor(revision.by()))).append(", ").append(when(revision.at()))
                        .append("</td><td>").append(escape(changes(revision.changes(), names))).append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
            if (!decision.interventions().isEmpty()) {
                html.append("<h4>Lokale interventies</h4>\n<table><thead><tr><th scope=\"col\">Gemeente</th>")
                        .append("<th scope=\"col\">Laag, soort</th><th scope=\"col\">Reden</th>")
                        .append("<th scope=\"col\">Ingediend</th><th scope=\"col\">Afhandeling</th></tr></thead><tbody>\n");
                for (DecisionProvenance.InterventionTrace intervention : decision.interventions()) {
                    html.append("<tr><td>").append(escape(names.gemeente(intervention.gemeente()))).append("</td><td>")
                            .append(escape(names.layer(intervention.layer()))).append(", ")
                            .append(escape(names.interventionKind(intervention.kind())))
                            .append("</td><td>").append(escape(intervention.reason())).append("</td><td>")
                            .append(escape(names.actor(intervention.openedBy()))).append(", ")
                            .append(when(intervention.openedAt())).append("</td><td>");
                    if (intervention.outcome() == null) {
                        html.append("nog open");
                    } else {
                        html.append(escape(names.outcome(intervention.outcome()))).append(": ")
                                .append(escape(intervention.note())).append(" (")
                                .append(escape(names.actor(intervention.resolvedBy()))).append(", ")
                                .append(when(intervention.resolvedAt())).append(')');
                    }
                    html.append("</td></tr>\n");
                }
                html.append("</tbody></table>\n");
            }
            html.append("</section>\n");
        }
        return html.toString();
    }

    private static String history(List<HistoryEntry> history, RecordNames names) {
        StringBuilder html = new StringBuilder();
        for (HistoryEntry entry : history) {
            html.append("<tr><td>").append(entry.sequence()).append("</td><td>").append(when(entry.occurredAt()))
                    .append("<br><span class=\"klein\">").append(escape(String.valueOf(entry.occurredAt())))
                    .append("</span></td><td>").append(escape(names.actor(entry.actor())))
                    .append("</td><td class=\"omschrijving\">")
                    .append(escape(entry.description())).append(Boolean.FALSE.equals(entry.linkVerified())
                            ? "<br><span class=\"waarschuwing\">Let op: de hashschakel van deze gebeurtenis klopt "
                            + "niet; de opgeslagen gebeurtenis is gewijzigd na het opslaan.</span>" : "")
                    .append("</td><td>").append(escape(entry.reason()))
                    .append("</td></tr>\n");
        }
        return html.toString();
    }

    /** The layers of a scale map in the framework's order, then any the framework does not know. */
    private static List<String> layersOf(Map<String, String> scales, RecordNames names) {
        if (scales == null) {
            return List.of();
        }
        List<String> ordered = new ArrayList<>(names.layerCodes().stream().filter(scales::containsKey).toList());
        scales.keySet().stream().filter(layer -> !ordered.contains(layer)).sorted().forEach(ordered::add);
        return ordered;
    }

    private static String scales(Map<String, String> scales, RecordNames names) {
        return layersOf(scales, names).stream()
                .map(layer -> names.layer(layer) + ": " + names.scale(scales.get(layer)))
                .collect(Collectors.joining(", "));
    }

    private static String changes(List<DecisionProvenance.Change> changes, RecordNames names) {
        if (changes.isEmpty()) {
            return "";
        }
        return changes.stream().map(change -> DecisionProvenance.Change.SCALE.equals(change.what())
                        ? names.layer(change.layer()) + ": " + names.scale(change.from()) + " → "
                        + names.scale(change.to())
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
            case AssessmentDocument.BESLOTEN -> "bestuurlijk bevestigd";
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
        return HtmlTemplate.escape(text);
    }
}
