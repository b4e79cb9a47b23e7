package nl.regiokompas.web.evaluation.chart;

import nl.regiokompas.web.page.HtmlTemplate;

/** The data of a {@link Chart} as an HTML table with a caption and scoped header cells, for the printable report. */
public final class ChartTable {

    private ChartTable() {
    }

    public static String html(Chart chart) {
        StringBuilder html = new StringBuilder("<table class=\"grafiekgegevens\">\n<caption>Gegevens: ")
                .append(escape(chart.title())).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(escape(chart.categoryLabel())).append("</th>");
        for (Chart.Series series : chart.series()) {
            html.append("<th scope=\"col\">").append(escape(series.name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int c = 0; c < chart.categories().size(); c++) {
            html.append("<tr><th scope=\"row\">").append(escape(chart.categories().get(c))).append("</th>");
            for (Chart.Series series : chart.series()) {
                html.append("<td>").append(escape(chart.format(series.values().get(c)))).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static String escape(String text) {
        return HtmlTemplate.escape(text);
    }
}
