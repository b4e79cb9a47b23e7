package nl.regiokompas.web.evaluation.chart;

/**
 * The look every chart shares. Each series has a colour with at least 4.5:1 contrast on white (so that also its
 * value labels pass WCAG AA for text) and, so that colour is never the only difference, a fill pattern for bars
 * and a dash pattern and marker shape for lines.
 */
final class ChartStyle {

    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
    static final String TEXT = "#1a1a1a";
    static final String AXIS = "#595959";
    static final String GRID = "#d0d0d0";

    /** navy 11.3:1, burnt orange 5.6:1, green 6.6:1, purple 8.6:1, dark grey 7.0:1, teal 5.4:1 on white. */
    private static final String[] COLOURS = {"#0b3d73", "#a3410b", "#1b6b2f", "#6b2c91", "#4d4d4d", "#00666e"};
    private static final String[] DASHES = {"", "8 4", "2 3", "10 3 2 3", "4 4", "12 2"};
    static final String[] MARKERS = {"circle", "square", "triangle", "diamond", "cross", "triangle-down"};
    static final String[] PATTERNS = {"solid", "diagonal", "dots", "horizontal", "cross-hatch", "vertical"};

    private ChartStyle() {
    }

    static String colour(int series) {
        return COLOURS[series % COLOURS.length];
    }

    static String dash(int series) {
        return DASHES[series % DASHES.length];
    }

    static String marker(int series) {
        return MARKERS[series % MARKERS.length];
    }

    static String pattern(int series) {
        return PATTERNS[series % PATTERNS.length];
    }
}
