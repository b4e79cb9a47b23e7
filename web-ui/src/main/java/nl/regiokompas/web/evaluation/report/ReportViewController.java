package nl.regiokompas.web.evaluation.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.regiokompas.api.audit.FindChainHead;
import nl.regiokompas.api.audit.HashChainAnchor;
import nl.regiokompas.api.evaluation.EvaluationComparison;
import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.evaluation.FindEvaluationComparison;
import nl.regiokompas.api.evaluation.FindEvaluationReport;
import nl.regiokompas.api.framework.FindFramework;
import nl.regiokompas.api.framework.FrameworkVersion;
import nl.regiokompas.web.evaluation.chart.Chart;
import nl.regiokompas.web.evaluation.chart.SvgChart;
import nl.regiokompas.web.query.InvalidQueryParameter;
import nl.regiokompas.web.query.Moments;
import nl.regiokompas.web.query.NotFound;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What people see of the evaluation report: its charts as data (title, summary, the table's values) and as SVG
 * pictures, and the whole report as a printable document for a gemeenteraad. The figures themselves are the
 * report's ({@code GET /api/evaluation/report}); this controller only draws them.
 */
@RestController
class ReportViewController {

    private final QueryGateway queries;

    ReportViewController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/evaluation/report/charts", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Chart> charts(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return ReportCharts.all(report(from, to), framework().content());
    }

    @GetMapping(path = "/api/evaluation/report/charts/{chart}.svg")
    ResponseEntity<String> chart(@PathVariable String chart, @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to) {
        Chart found = ReportCharts.named(chart, report(from, to), framework().content())
                .orElseThrow(() -> new NotFound("Er is geen grafiek '" + chart + "' in het evaluatierapport. "
                        + "Kies uit doorlooptijden, interventies, raad of schaal- gevolgd door de code van een thema."));
        return ResponseEntity.ok().contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
                .body(SvgChart.render(found));
    }

    @GetMapping(path = "/api/evaluation/report.html")
    ResponseEntity<String> printable(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String compareFrom,
                                     @RequestParam(required = false) String compareTo) {
        FrameworkVersion framework = framework();
        EvaluationReport report;
        Optional<EvaluationComparison> comparison = Optional.empty();
        if (compareFrom != null || compareTo != null) {
            EvaluationComparison both = queries.query(new FindEvaluationComparison(Moments.parse("from", from),
                    Moments.parse("to", to), Moments.parse("compareFrom", compareFrom),
                    Moments.parse("compareTo", compareTo)), ResponseTypes.instanceOf(EvaluationComparison.class)).join();
            report = both.a();
            comparison = Optional.of(both);
        } else {
            report = report(from, to);
        }
        Optional<HashChainAnchor> anchor = anchor();
        String html = ReportDocumentPage.render(report, comparison, framework.content(), framework.version(),
                ReportCharts.all(report, framework.content()), anchor, Instant.now());
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }

    private EvaluationReport report(String from, String to) {
        Instant start = Moments.parse("from", from);
        Instant end = Moments.parse("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidQueryParameter("to", "Het einde van de periode moet na het begin liggen.");
        }
        return queries.query(new FindEvaluationReport(start, end), ResponseTypes.instanceOf(EvaluationReport.class)).join();
    }

    private FrameworkVersion framework() {
        return queries.query(new FindFramework(null), ResponseTypes.optionalInstanceOf(FrameworkVersion.class)).join()
                .orElseThrow(() -> new IllegalStateException("No framework adopted yet"));
    }

    /**
     * The chain head taken after the report was read: the projections only hold events already in the store, so
     * every fact of the report lies inside the anchored part of the chain.
     */
    private Optional<HashChainAnchor> anchor() {
        return queries.query(new FindChainHead(), ResponseTypes.optionalInstanceOf(HashChainAnchor.class)).join();
    }
}
