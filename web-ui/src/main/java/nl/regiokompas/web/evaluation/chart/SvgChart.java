package nl.regiokompas.web.evaluation.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.regiokompas.web.page.HtmlTemplate;

/**
 * Draws a {@link Chart} as a standalone SVG document: {@code role="img"} named by its {@code <title>} and described
 * by its {@code <desc>} (the chart's summary), axes with labelled ticks, a legend when there is more than one
 * series, and every value also written as text next to its mark. Only presentation attributes, no style
 * attribute or element, so the picture works under the app's Content-Security-Policy. Element ids start with the
 * chart's id, so several charts can live inline in one HTML page.
 */
public final class SvgChart {

    static final int WIDTH = 720;
    private static final int BAR = 18;
    private static final int BAR_GAP = 14;
    private static final int LEGEND_ROW = 22;
    private static final int FONT_SIZE = 14;

    private SvgChart() {
    }

    public static String render(Chart chart) {
        return switch (chart.kind()) {
            case BAR -> bars(chart);
            case LINE, STEP -> lines(chart);
        };
    }

    private static String bars(Chart chart) {
        int left = Math.min(260, 16 + longest(chart.categories()) * 8);
        int legend = legendHeight(chart);
        int top = 12 + legend;
        int band = chart.series().size() * BAR + BAR_GAP;
        int plotHeight = Math.max(band, chart.categories().size() * band);
        int height = top + plotHeight + 58;
        int plotWidth = WIDTH - left - 70;
        Axis axis = Axis.of(max(chart), 5);
        StringBuilder svg = open(chart, height);
        defs(svg, chart);
        legend(svg, chart, 12, true);
        for (double tick : axis.ticks()) {
            double x = left + plotWidth * tick / axis.max();
            svg.append(line(x, top, x, top + plotHeight, ChartStyle.GRID, 1, ""));
            svg.append(text(x, top + plotHeight + 20, "middle", chart.format(tick)));
        }
        svg.append(line(left, top, left, top + plotHeight, ChartStyle.AXIS, 1.5, ""));
        svg.append(line(left, top + plotHeight, left + plotWidth, top + plotHeight, ChartStyle.AXIS, 1.5, ""));
        svg.append(text(left + plotWidth / 2.0, top + plotHeight + 44, "middle", chart.valueLabel()));
        for (int c = 0; c < chart.categories().size(); c++) {
            double bandTop = top + c * band + BAR_GAP / 2.0;
            svg.append(text(left - 8, bandTop + chart.series().size() * BAR / 2.0 + 5, "end", chart.categories().get(c)));
            for (int s = 0; s < chart.series().size(); s++) {
                Double value = chart.series().get(s).values().get(c);
                double y = bandTop + s * BAR;
                if (value == null) {
                    svg.append(text(left + 6, y + BAR - 4, "start", "geen gegevens"));
                    continue;
                }
                double width = Math.max(1, plotWidth * value / axis.max());
                svg.append("<rect class=\"staaf\" x=\"").append(n(left)).append("\" y=\"").append(n(y + 1))
                        .append("\" width=\"").append(n(width)).append("\" height=\"").append(BAR - 2)
                        .append("\" fill=\"").append(fill(chart, s)).append("\" stroke=\"").append(ChartStyle.colour(s))
                        .append("\" stroke-width=\"1.5\"/>\n");
                svg.append(text(left + width + 6, y + BAR - 4, "start", chart.format(value)));
            }
        }
        if (!chart.hasData()) {
            svg.append(text(left + plotWidth / 2.0, top + plotHeight / 2.0, "middle", "Geen gegevens in deze periode"));
        }
        return close(svg);
    }

    private static String lines(Chart chart) {
        boolean ordinal = !chart.valueNames().isEmpty();
        int left = ordinal ? 20 + longest(chart.valueNames()) * 8 : 64;
        int legend = legendHeight(chart);
        int top = 16 + legend;
        int plotHeight = ordinal ? Math.max(120, chart.valueNames().size() * 56) : 240;
        int height = top + plotHeight + 62;
        int plotWidth = WIDTH - left - 30;
        Axis axis = ordinal ? Axis.ordinal(chart.valueNames().size()) : Axis.of(max(chart), 5);
        StringBuilder svg = open(chart, height);
        legend(svg, chart, 12, false);
        for (double tick : axis.ticks()) {
            double y = top + plotHeight - plotHeight * (tick - axis.min()) / (axis.max() - axis.min());
            svg.append(line(left, y, left + plotWidth, y, ChartStyle.GRID, 1, ""));
            svg.append(text(left - 8, y + 5, "end", chart.format(tick)));
        }
        svg.append(line(left, top, left, top + plotHeight, ChartStyle.AXIS, 1.5, ""));
        svg.append(line(left, top + plotHeight, left + plotWidth, top + plotHeight, ChartStyle.AXIS, 1.5, ""));
        int count = chart.categories().size();
        double step = count <= 1 ? 0 : (plotWidth - 40.0) / (count - 1);
        double[] xs = new double[count];
        for (int c = 0; c < count; c++) {
            xs[c] = left + 20 + (count <= 1 ? (plotWidth - 40.0) / 2 : c * step);
            svg.append(text(xs[c], top + plotHeight + 20, "middle", chart.categories().get(c)));
        }
        svg.append(text(left + plotWidth / 2.0, top + plotHeight + 46, "middle", chart.categoryLabel()));
        int seriesCount = chart.series().size();
        for (int s = 0; s < seriesCount; s++) {
            // Series with equal values would hide each other: each is shifted a few pixels.
            double offset = (s - (seriesCount - 1) / 2.0) * 4;
            List<Double> values = chart.series().get(s).values();
            StringBuilder path = new StringBuilder();
            double[] previous = null;
            List<double[]> points = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                Double value = values.get(c);
                if (value == null) {
                    previous = null;
                    continue;
                }
                double y = top + plotHeight - plotHeight * (value - axis.min()) / (axis.max() - axis.min()) + offset;
                if (previous == null) {
                    path.append('M').append(n(xs[c])).append(',').append(n(y));
                } else if (chart.kind() == Chart.Kind.STEP) {
                    path.append(" H").append(n(xs[c])).append(" V").append(n(y));
                } else {
                    path.append(" L").append(n(xs[c])).append(',').append(n(y));
                }
                previous = new double[]{xs[c], y};
                points.add(new double[]{xs[c], y, value});
            }
            if (path.length() > 0) {
                svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(ChartStyle.colour(s))
                        .append("\" stroke-width=\"2.5\"").append(dashAttribute(s)).append("/>\n");
            }
            for (double[] point : points) {
                svg.append(marker(s, point[0], point[1], "punt"));
            }
        }
        if (!chart.hasData()) {
            svg.append(text(left + plotWidth / 2.0, top + plotHeight / 2.0, "middle", "Geen gegevens in deze periode"));
        }
        return close(svg);
    }

    private static StringBuilder open(Chart chart, int height) {
        StringBuilder svg = new StringBuilder(4096);
        String id = escape(chart.id());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafiek\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-titel ").append(id)
                .append("-beschrijving\" font-family=\"").append(escape(ChartStyle.FONT)).append("\" font-size=\"")
                .append(FONT_SIZE).append("\">\n<title id=\"").append(id).append("-titel\">").append(escape(chart.title()))
                .append("</title>\n<desc id=\"").append(id).append("-beschrijving\">").append(escape(chart.summary()))
                .append("</desc>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        return svg;
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>\n").toString();
    }

    private static int legendHeight(Chart chart) {
        return chart.series().size() > 1 ? LEGEND_ROW * (int) Math.ceil(chart.series().size() / 2.0) : 0;
    }

    /** Two entries a row, each the series' mark (bar swatch or line with marker) and its name. */
    private static void legend(StringBuilder svg, Chart chart, int top, boolean bars) {
        if (chart.series().size() < 2) {
            return;
        }
        for (int s = 0; s < chart.series().size(); s++) {
            double x = 12 + (s % 2) * 340;
            double y = top + (s / 2) * LEGEND_ROW;
            if (bars) {
                svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"24\" height=\"14\" fill=\"")
                        .append(fill(chart, s)).append("\" stroke=\"").append(ChartStyle.colour(s)).append("\" stroke-width=\"1.5\"/>\n");
            } else {
                svg.append(line(x, y + 7, x + 28, y + 7, ChartStyle.colour(s), 2.5, ChartStyle.dash(s)));
                svg.append(marker(s, x + 14, y + 7, "legenda"));
            }
            svg.append(text(x + 34, y + 12, "start", chart.series().get(s).name()));
        }
    }

    /** Fill patterns, one per series after the first (which is solid). */
    private static void defs(StringBuilder svg, Chart chart) {
        if (chart.series().size() < 2) {
            return;
        }
        svg.append("<defs>\n");
        for (int s = 1; s < chart.series().size(); s++) {
            String colour = ChartStyle.colour(s);
            svg.append("<pattern id=\"").append(escape(chart.id())).append("-patroon-").append(s)
                    .append("\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">")
                    .append("<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>");
            switch (ChartStyle.pattern(s)) {
                case "diagonal" -> svg.append("<path d=\"M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"1.8\"/>");
                case "dots" -> svg.append("<circle cx=\"3\" cy=\"3\" r=\"1.6\" fill=\"").append(colour).append("\"/>");
                case "horizontal" -> svg.append("<path d=\"M0,3 h6\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>");
                case "vertical" -> svg.append("<path d=\"M3,0 v6\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>");
                default -> svg.append("<path d=\"M0,3 h6 M3,0 v6\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\"/>");
            }
            svg.append("</pattern>\n");
        }
        svg.append("</defs>\n");
    }

    private static String fill(Chart chart, int series) {
        return series == 0 || chart.series().size() < 2 ? ChartStyle.colour(series)
                : "url(#" + escape(chart.id()) + "-patroon-" + series + ")";
    }

    private static String marker(int series, double x, double y, String kind) {
        String colour = ChartStyle.colour(series);
        String common = " class=\"" + kind + "\" fill=\"" + colour + "\" stroke=\"#ffffff\" stroke-width=\"1\"";
        return switch (ChartStyle.marker(series)) {
            case "square" -> "<rect" + common + " x=\"" + n(x - 5) + "\" y=\"" + n(y - 5) + "\" width=\"10\" height=\"10\"/>\n";
            case "triangle" -> "<path" + common + " d=\"M" + n(x) + "," + n(y - 6) + " L" + n(x + 6) + "," + n(y + 5)
                    + " L" + n(x - 6) + "," + n(y + 5) + " Z\"/>\n";
            case "triangle-down" -> "<path" + common + " d=\"M" + n(x) + "," + n(y + 6) + " L" + n(x + 6) + "," + n(y - 5)
                    + " L" + n(x - 6) + "," + n(y - 5) + " Z\"/>\n";
            case "diamond" -> "<path" + common + " d=\"M" + n(x) + "," + n(y - 7) + " L" + n(x + 7) + "," + n(y) + " L"
                    + n(x) + "," + n(y + 7) + " L" + n(x - 7) + "," + n(y) + " Z\"/>\n";
            case "cross" -> "<path" + common + " d=\"M" + n(x - 6) + "," + n(y - 2) + " h4 v-4 h4 v4 h4 v4 h-4 v4 h-4 v-4 h-4 Z\"/>\n";
            default -> "<circle" + common + " cx=\"" + n(x) + "\" cy=\"" + n(y) + "\" r=\"5.5\"/>\n";
        };
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
        return "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\" stroke=\""
                + colour + "\" stroke-width=\"" + n(width) + "\"" + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
                + "/>\n";
    }

    private static String dashAttribute(int series) {
        String dash = ChartStyle.dash(series);
        return dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"";
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + ChartStyle.TEXT + "\">"
                + escape(content) + "</text>\n";
    }

    private static double max(Chart chart) {
        return chart.series().stream().flatMap(one -> one.values().stream())
                .filter(value -> value != null).mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static int longest(List<String> labels) {
        return labels.stream().mapToInt(String::length).max().orElse(4);
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return HtmlTemplate.escape(text);
    }

    /** A value axis from 0 (or 1 for ordinals) to a round maximum, with its ticks. */
    private record Axis(double min, double max, List<Double> ticks) {

        static Axis of(double largest, int tickCount) {
            double raw = Math.max(largest, 1) / tickCount;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = magnitude * (raw <= magnitude ? 1 : raw <= 2 * magnitude ? 2 : raw <= 5 * magnitude ? 5 : 10);
            if (step < 1) {
                step = 1;
            }
            double top = Math.ceil(Math.max(largest, 1) / step) * step;
            List<Double> ticks = new ArrayList<>();
            for (double tick = 0; tick <= top + step / 2; tick += step) {
                ticks.add(tick);
            }
            return new Axis(0, top, ticks);
        }

        static Axis ordinal(int names) {
            List<Double> ticks = new ArrayList<>();
            for (int i = 1; i <= names; i++) {
                ticks.add((double) i);
            }
            return new Axis(0.5, names + 0.5, ticks);
        }
    }
}
