package nl.regiokompas.web.evaluation.report;

import static nl.regiokompas.web.page.HtmlTemplate.escape;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.regiokompas.api.audit.HashChainAnchor;
import nl.regiokompas.api.common.DutchTime;
import nl.regiokompas.api.evaluation.EvaluationComparison;
import nl.regiokompas.api.evaluation.EvaluationReport.Average;
import nl.regiokompas.api.evaluation.EvaluationReport.Count;
import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.web.evaluation.chart.Chart;
import nl.regiokompas.web.evaluation.chart.ChartTable;
import nl.regiokompas.web.evaluation.chart.SvgChart;
import nl.regiokompas.web.page.HtmlTemplate;

/**
 * The evaluation report as a printable HTML document in Dutch for a gemeenteraad, styled like the decision record
 * ({@code /css/dossier.css}, no inline style): the region's four reflection questions as chapters, each with its
 * charts (inline SVG, the data table beside it), figures in words and tables with names, the reflections given on
 * that question, the definitions in short, and the head of the event hash chain as the anchor to verify later.
 */
final class ReportDocumentPage {

    private static final ZoneId DUTCH_TIME = DutchTime.ZONE;
    private static final DateTimeFormatter WHEN = DateTimeFormatter
            .ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl-NL")).withZone(DUTCH_TIME);
    private static final DateTimeFormatter DATE = DateTimeFormatter
            .ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL")).withZone(DUTCH_TIME);

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Evaluatierapport {{period}}</title>
            <link rel="stylesheet" href="/css/dossier.css">
            </head>
            <body>
            <header class="dossierkop">
            <p class="afzender">Regiokompas · {{region}}</p>
            <h1>Evaluatierapport: {{period}}</h1>
            <p class="klein">Opgemaakt op {{exportedAt}} uit de vastgelegde geschiedenis van Regiokompas. Elk cijfer
            komt uit de gebeurtenissenopslag; het anker onderaan maakt controle op latere wijzigingen mogelijk.</p>
            </header>
            <main>
            <section aria-labelledby="kenmerken-titel">
            <h2 id="kenmerken-titel">Kenmerken</h2>
            <table class="meta">
            <caption class="visueel-verborgen">Kenmerken van dit rapport</caption>
            <tr><th scope="row">Periode</th><td>{{period}}</td></tr>
            {{comparedWith}}
            <tr><th scope="row">Afwegingskader</th><td>versie {{frameworkVersion}}</td></tr>
            <tr><th scope="row">Anker</th><td class="hash">{{anchor}}</td></tr>
            </table>
            </section>
            {{differences}}
            {{chapters}}
            <section aria-labelledby="definities-titel" id="definities">
            <h2 id="definities-titel">Definities in het kort</h2>
            <dl>
            <dt>Doorlooptijd</dt><dd>Dagen (van 24 uur) van het openen van een afwegingstraject tot het eerste voorstel,
            tot de bestuurlijke bevestiging (de laatste bevestiging van de deelnemende bestuurders) en tot het laatste
            formele besluit van college, raad of Bestuurstafel. Gemiddelden tellen alleen trajecten die het moment bereikten.</dd>
            <dt>Lokale interventie</dt><dd>Een bezwaar, lokale afwijking of uitstel van een gemeente, geteld in de
            periode waarin het werd ingediend, met de afloop die het tot nu toe kreeg.</dd>
            <dt>Binnen het mandaat</dt><dd>Het thema had op dat moment een geregistreerd, niet beëindigd mandaat.</dd>
            <dt>Afwijking van de inbreng</dt><dd>Een voorstel waarvan de schaal van een laag afwijkt van de
            schaal die in de inbreng van de gemeenten het vaakst werd genoemd.</dd>
            <dt>Kader vóór het eerste voorstel</dt><dd>De raad stelde het kader voordat er een voorstel voor het
            thema lag (en telt de dagen tot het eerstvolgende voorstel); een kader dat kwam terwijl een voorstel er al
            lag, telt als "terwijl een voorstel lag".</dd>
            <dt>Op de raad gewacht</dt><dd>Een bevestiging die een kader van de raad niet respecteerde en daarom
            voorwaardelijk bleef tot het oordeel van de raad.</dd>
            <dt>Te laat geïnformeerd</dt><dd>De raad werd later geïnformeerd dan de termijn die de regio afsprak;
            "niet binnen de termijn": de termijn is verstreken en de raad is nog niet geïnformeerd.</dd>
            </dl>
            <p class="klein">De volledige definities staan in de documentatie van Regiokompas (docs/evaluation.md).</p>
            </section>
            <section aria-labelledby="integriteit-titel" id="integriteit">
            <h2 id="integriteit-titel">Verankering</h2>
            <p>Elke gebeurtenis in Regiokompas is bij het opslaan opgenomen in een hashketen. Het anker hieronder is de
            kop van die keten op het moment dat dit rapport werd opgemaakt: alle cijfers in dit rapport komen uit de
            gebeurtenissen tot en met die schakel.</p>
            <p class="anker">{{anchor}}</p>
            <p>Bewaar het anker bij de stukken van de raad. Een auditor of het programmateam controleert het later in
            Regiokompas onder <em>Integriteit</em>, of met <code>/api/audit/verify?anchor={{anchor}}</code>: staat in het
            antwoord bij <code>anchor</code> <code>"matches": true</code>, dan bevat Regiokompas nog precies dezelfde
            gebeurtenissen als toen dit rapport werd opgemaakt.</p>
            </section>
            </main>
            </body>
            </html>
            """;

    private ReportDocumentPage() {
    }

    static String render(EvaluationReport report, Optional<EvaluationComparison> comparison, FrameworkContent framework,
                         int frameworkVersion, List<Chart> charts, Optional<HashChainAnchor> anchor, Instant exportedAt) {
        Map<String, String> values = new HashMap<>();
        values.put("period", escape(report.period().label()));
        values.put("region", escape(framework.region().name()));
        values.put("exportedAt", WHEN.format(exportedAt));
        values.put("frameworkVersion", String.valueOf(frameworkVersion));
        values.put("anchor", escape(anchor.map(HashChainAnchor::text)
                .orElse("geen (deze opstelling houdt geen hashketen bij)")));
        values.put("comparedWith", comparison.map(c -> "<tr><th scope=\"row\">Vergeleken met</th><td>"
                + escape(c.b().period().label()) + "</td></tr>").orElse(""));
        values.put("differences", comparison.map(ReportDocumentPage::differences).orElse(""));
        values.put("chapters", chapters(report, framework, charts));
        return HtmlTemplate.fill(PAGE, values);
    }

    private static String differences(EvaluationComparison comparison) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"verschillen-titel\" id=\"verschillen\">\n")
                .append("<h2 id=\"verschillen-titel\">Twee perioden vergeleken</h2>\n<ul>\n");
        comparison.differences().stream().filter(d -> d.sentence() != null)
                .forEach(d -> html.append("<li>").append(escape(d.sentence())).append("</li>\n"));
        html.append("</ul>\n");
        List<List<String>> rows = comparison.differences().stream().map(d -> List.of(d.label(),
                number(d.a(), d.unit()), number(d.b(), d.unit()), signed(d.difference(), d.unit()))).toList();
        html.append(table("De belangrijkste cijfers van beide perioden", List.of("Cijfer",
                comparison.a().period().label(), comparison.b().period().label(), "Verschil"), rows));
        return html.append("</section>\n").toString();
    }

    private static String chapters(EvaluationReport report, FrameworkContent framework, List<Chart> charts) {
        List<String> prompts = framework.reflectionPrompts();
        List<Function<Integer, String>> bodies = List.of(
                n -> working(report, charts),
                n -> rightThings(report, charts),
                n -> roles(report, charts),
                n -> mandates(report, charts));
        StringBuilder html = new StringBuilder();
        int count = Math.max(prompts.size(), bodies.size());
        for (int i = 0; i < count; i++) {
            String title = i < prompts.size() ? prompts.get(i) : "Overige cijfers";
            String id = "vraag-" + (i + 1);
            html.append("<section aria-labelledby=\"").append(id).append("-titel\" id=\"").append(id).append("\">\n<h2 id=\"")
                    .append(id).append("-titel\">").append(i + 1).append(". ").append(escape(title)).append("</h2>\n");
            if (i < bodies.size()) {
                html.append(bodies.get(i).apply(i));
            }
            if (i < prompts.size()) {
                html.append(reflections(report.reflections(), prompts.get(i)));
            }
            html.append("</section>\n");
        }
        return html.toString();
    }

    private static String working(EvaluationReport report, List<Chart> charts) {
        EvaluationReport.LeadTimes lead = report.leadTimes();
        StringBuilder html = new StringBuilder("<h3>Doorlooptijden</h3>\n<p>")
                .append(escape(sentence("Van opening tot eerste voorstel", lead.toFirstProposal()))).append(' ')
                .append(escape(sentence("Van opening tot bestuurlijke bevestiging", lead.toBevestiging()))).append(' ')
                .append(escape(sentence("Van opening tot de formele besluiten", lead.toFormalDecisions())))
                .append(" Gemiddeld waren ").append(escape(Chart.decimal(lead.averageRevisions()))).append(" revisies nodig.</p>\n");
        html.append(waiting(lead.waiting()));
        html.append(figure(chart(charts, ReportCharts.LEAD_TIMES)));
        html.append(table("Doorlooptijden per thema in dagen", List.of("Thema", "Tot eerste voorstel",
                "Tot bestuurlijke bevestiging", "Tot formele besluiten", "Revisies (gemiddeld)", "Dagen wachten op interventies"),
                lead.perTheme().stream().map(t -> List.of(t.themeName(), average(t.toFirstProposal()),
                        average(t.toBevestiging()), average(t.toFormalDecisions()), Chart.decimal(t.averageRevisions()),
                        Chart.decimal(t.daysWaitingOnInterventions()))).toList()));
        html.append(table("Doorlooptijd tot het formele besluit per gemeente", List.of("Gemeente", "Tot formeel besluit",
                "Interventies", "Dagen wachten op interventies"), lead.perGemeente().stream().map(g -> List.of(g.gemeenteName(),
                average(g.toFormalDecision()), String.valueOf(g.interventions()), Chart.decimal(g.daysWaitingOnInterventions()))).toList()));
        EvaluationReport.Route route = report.route();
        html.append("<h3>De route</h3>\n");
        html.append(table("Thema's per fase aan het eind van de periode", List.of("Thema", "Fase", "Sinds"),
                route.themesAtEnd().stream().map(t -> List.of(t.themeName(), t.phaseName(), date(t.since()))).toList()));
        html.append(table("Gekozen samenwerkingsvormen", List.of("Vorm", "Thema's", "Gekozen op", "Valt onder de centrumregeling"),
                route.forms().stream().map(f -> List.of(f.formName(), names(f.themes()), date(f.chosenAt()),
                        f.centrumregeling() ? "ja" : "nee")).toList()));
        return html.toString();
    }

    private static String waiting(EvaluationReport.Waiting waiting) {
        List<String> parts = new ArrayList<>();
        parts.add(waitingOn("op interventies", waiting.interventions()));
        parts.add(waitingOn("op zienswijzen", waiting.zienswijzen()));
        parts.add(waitingOn("op de raad", waiting.raad()));
        return "<p>Wachttijd: " + escape(String.join("; ", parts)) + ".</p>\n";
    }

    private static String waitingOn(String what, EvaluationReport.WaitingOn on) {
        if (!on.available()) {
            return what + " nog niet vastgelegd";
        }
        return what + " " + ReportCharts.days(on.totalDays()) + " in totaal over " + on.count()
                + (on.count() == 1 ? " geval" : " gevallen");
    }

    private static String rightThings(EvaluationReport report, List<Chart> charts) {
        EvaluationReport.Scales scales = report.scales();
        StringBuilder html = new StringBuilder("<h3>Schaal per laag</h3>\n<p>")
                .append(scales.changes()).append(scales.changes() == 1 ? " wijziging" : " wijzigingen")
                .append(" in schaal tussen cycli. Van ").append(scales.proposals()).append(" voorstellen week(en) er ")
                .append(scales.proposalsDeviating()).append(" af van de inbreng van de gemeenten.</p>\n");
        charts.stream().filter(c -> c.id().startsWith(ReportCharts.SCALE_PREFIX)).forEach(c -> html.append(figure(c)));
        if (scales.perTheme().isEmpty()) {
            html.append("<p>Geen bestuurlijk bevestigde cycli in deze periode.</p>\n");
        }
        html.append(table("Voorstellen die afweken van de inbreng, met de reden", List.of("Thema", "Cyclus, revisie",
                "Laag", "Voorgestelde schaal", "Reden", "Door, op"), scales.deviations().stream().map(d -> List.of(
                d.themeName(), d.cycle() + ", " + d.revision(), d.layerName(), d.scaleName(), nullToEmpty(d.reason()),
                nullToEmpty(d.proposedByName()) + ", " + date(d.proposedAt()))).toList()));
        return html.toString();
    }

    private static String roles(EvaluationReport report, List<Chart> charts) {
        EvaluationReport.Raad raad = report.raad();
        StringBuilder html = new StringBuilder("<h3>De raad</h3>\n");
        if (raad.available()) {
            html.append("<p>").append(escape(raad.sentence())).append("</p>\n");
        }
        html.append(figure(chart(charts, ReportCharts.RAAD)));
        html.append(table("De raad per gemeente", raadHeads("Gemeente"), raadRows(raad.perGemeente())));
        html.append(table("De raad per thema", raadHeads("Thema"), raadRows(raad.perTheme())));
        html.append(table("Kaders, zienswijzen en informeren van de raad", List.of("Soort", "Thema", "Gemeente", "Op",
                "Dagen", "Te laat", "Toelichting"), raad.items().stream().map(i -> List.of(i.kindName(),
                nullToEmpty(i.themeName()), nullToEmpty(i.gemeenteName()), date(i.at()),
                i.days() == null ? "" : Chart.decimal(i.days()), i.late() ? "te laat" : "", nullToEmpty(i.text())))
                .toList()));
        return html.toString();
    }

    private static List<String> raadHeads(String first) {
        return List.of(first, "Kaders vóór het eerste voorstel", "Kaders terwijl een voorstel lag", "Zienswijzen",
                "Bevestigingen", "Op de raad gewacht", "Geïnformeerd", "Te laat", "Niet binnen de termijn",
                "Dagen tot informeren (gemiddeld)");
    }

    private static List<List<String>> raadRows(List<EvaluationReport.RaadFigures> figures) {
        return figures.stream().map(f -> List.of(f.name(), String.valueOf(f.kadersBeforeFirstProposal()),
                String.valueOf(f.kadersAfterFirstProposal()), String.valueOf(f.zienswijzen()),
                String.valueOf(f.confirmations()), String.valueOf(f.confirmationsNeedingRaad()),
                String.valueOf(f.informings()), String.valueOf(f.lateInformings()),
                String.valueOf(f.notInformedInTime()), average(f.daysToInforming()))).toList();
    }

    private static String mandates(EvaluationReport report, List<Chart> charts) {
        EvaluationReport.Interventions interventions = report.interventions();
        EvaluationReport.Mandates mandates = report.mandates();
        StringBuilder html = new StringBuilder("<h3>Lokale interventies</h3>\n<p>");
        html.append(interventions.total()).append(" interventies, waarvan ").append(interventions.open())
                .append(" nog open en ").append(interventions.referred()).append(" doorverwezen naar de Bestuurstafel.");
        if (interventions.trend() != null && interventions.trend().sentence() != null) {
            html.append(' ').append(escape(interventions.trend().sentence()));
        }
        html.append("</p>\n").append(figure(chart(charts, ReportCharts.INTERVENTIONS)));
        html.append(counts("Interventies per gemeente", "Gemeente", interventions.perGemeente()));
        html.append(counts("Interventies per soort", "Soort", interventions.perKind()));
        html.append(counts("Interventies per laag", "Laag", interventions.perLayer()));
        html.append(counts("Hoe de interventies afliepen", "Afloop", interventions.perOutcome()));
        html.append("<h3>Mandaten</h3>\n<p>").append(mandates.confirmationsInside()).append(" bevestigingen en ")
                .append(mandates.interventionsInside()).append(" interventies vielen binnen een geregistreerd mandaat; ")
                .append(mandates.confirmationsOutside()).append(" bevestigingen en ").append(mandates.interventionsOutside())
                .append(" interventies daarbuiten.</p>\n");
        html.append(table("Mandaten per thema", List.of("Thema", "Bestuurlijk opdrachtgever", "Bevestigingen binnen / buiten",
                "Interventies binnen / buiten"), mandates.perTheme().stream().map(m -> List.of(m.themeName(),
                m.activeMandateId() == null ? "geen actief mandaat" : nullToEmpty(m.bestuurlijkOpdrachtgever()),
                m.confirmationsInside() + " / " + m.confirmationsOutside(),
                m.interventionsInside() + " / " + m.interventionsOutside())).toList()));
        html.append("<p>Thema's zonder actief mandaat aan het eind van de periode: ")
                .append(escape(mandates.themesWithoutActiveMandate().isEmpty() ? "geen"
                        : names(mandates.themesWithoutActiveMandate()))).append(".</p>\n");
        return html.toString();
    }

    private static String reflections(EvaluationReport.Reflections reflections, String prompt) {
        StringBuilder html = new StringBuilder("<h3>Reflecties op deze vraag</h3>\n");
        List<EvaluationReport.LevelAnswers> levels = reflections.perPrompt().stream()
                .filter(p -> prompt.equals(p.prompt())).flatMap(p -> p.levels().stream())
                .filter(level -> !level.answers().isEmpty()).toList();
        if (levels.isEmpty()) {
            return html.append("<p>Geen reflecties op deze vraag in deze periode.</p>\n").toString();
        }
        for (EvaluationReport.LevelAnswers level : levels) {
            html.append("<h4>").append(escape(level.levelName())).append("</h4>\n<ul class=\"reflecties\">\n");
            for (EvaluationReport.ReflectionText answer : level.answers()) {
                html.append("<li><blockquote><p>").append(escape(answer.text())).append("</p></blockquote><p class=\"klein\">")
                        .append(escape(nullToEmpty(answer.byName()))).append(", ").append(date(answer.recordedAt()))
                        .append(answer.themeName() == null ? "" : ", " + escape(answer.themeName())).append("</p></li>\n");
            }
            html.append("</ul>\n");
        }
        return html.toString();
    }

    private static String figure(Chart chart) {
        if (chart == null) {
            return "";
        }
        return "<figure class=\"grafiek\" id=\"grafiek-" + escape(chart.id()) + "\">\n" + SvgChart.render(chart)
                + "<figcaption><strong>" + escape(chart.title()) + ".</strong> " + escape(chart.summary()) + "</figcaption>\n"
                + (chart.categories().isEmpty() ? "" : ChartTable.html(chart)) + "</figure>\n";
    }

    private static Chart chart(List<Chart> charts, String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private static String counts(String caption, String what, List<Count> counts) {
        return table(caption, List.of(what, "Aantal"), counts.stream()
                .map(c -> List.of(c.name(), String.valueOf(c.count()))).toList());
    }

    /** A table with a caption and scoped heads; the first cell of a row heads it. Says so when there are no rows. */
    private static String table(String caption, List<String> heads, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return "<p>" + escape(caption) + ": geen in deze periode.</p>\n";
        }
        StringBuilder html = new StringBuilder("<table>\n<caption>").append(escape(caption)).append("</caption>\n<thead><tr>");
        heads.forEach(head -> html.append("<th scope=\"col\">").append(escape(head)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr><th scope=\"row\">").append(escape(row.get(0))).append("</th>");
            row.stream().skip(1).forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static String sentence(String what, Average average) {
        if (average == null || average.averageDays() == null) {
            return what + ": geen traject bereikte dit moment in deze periode.";
        }
        return what + ": gemiddeld " + ReportCharts.days(average.averageDays()) + " over " + average.count()
                + (average.count() == 1 ? " traject" : " trajecten") + " (van " + ReportCharts.days(average.minDays())
                + " tot " + ReportCharts.days(average.maxDays()) + ").";
    }

    private static String average(Average average) {
        return average == null || average.averageDays() == null ? "–" : Chart.decimal(average.averageDays());
    }

    private static String names(List<Count> counts) {
        return counts.stream().map(Count::name).collect(Collectors.joining(", "));
    }

    private static String number(Double value, String unit) {
        if (value == null) {
            return "–";
        }
        return "aandeel".equals(unit) ? Chart.decimal(value * 100) + "%" : Chart.decimal(value);
    }

    private static String signed(Double value, String unit) {
        if (value == null) {
            return "–";
        }
        return (value > 0 ? "+" : "") + number(value, unit);
    }

    private static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
