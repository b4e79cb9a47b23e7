package nl.regiokompas.web.evaluation;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.regiokompas.api.common.DutchTime;
import nl.regiokompas.api.framework.FindFramework;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.FrameworkVersion;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * The evaluation table as a Dutch spreadsheet opens it: a UTF-8 byte order mark (so that Excel reads the
 * accents), semicolons between fields, Dutch headers, names from the framework instead of codes (a code the
 * framework no longer knows stays a code), decimal commas and moments as dd-MM-yyyy HH:mm in Dutch time.
 * A cell starting with = + - @ or a tab or carriage return gets a leading apostrophe, so that a spreadsheet
 * shows it as text and never runs it as a formula.
 */
final class SpreadsheetStyle implements EvaluationTableStyle {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ZoneId DUTCH_TIME = DutchTime.ZONE;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", DUTCH)
            .withZone(DUTCH_TIME);
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final FrameworkContent framework;
    private final Map<String, String> themes;
    private final Map<String, String> layers;
    private final Map<String, String> scales;
    private final Map<String, String> gemeenten;

    SpreadsheetStyle(FrameworkContent framework) {
        this.framework = framework;
        this.themes = names(framework.themes(), FrameworkContent.Theme::code, FrameworkContent.Theme::name);
        this.layers = names(framework.layers(), FrameworkContent.Layer::code, FrameworkContent.Layer::name);
        this.scales = names(framework.scales(), FrameworkContent.Scale::code, FrameworkContent.Scale::name);
        this.gemeenten = names(framework.region().gemeenten(), FrameworkContent.Gemeente::code,
                FrameworkContent.Gemeente::name);
    }

    /** The style with the names of the framework in force. */
    static SpreadsheetStyle current(QueryGateway queries) {
        FrameworkVersion framework = queries.query(
                        new FindFramework(null),
                        ResponseTypes.optionalInstanceOf(FrameworkVersion.class)).join()
                .orElseThrow(() -> new IllegalStateException("No framework adopted yet"));
        return new SpreadsheetStyle(framework.content());
    }

    private static <T> Map<String, String> names(List<T> terms, Function<T, String> code, Function<T, String> name) {
        return terms.stream().collect(Collectors.toMap(code, name, (first, second) -> first));
    }

    @Override
    public String preamble() {
        return BYTE_ORDER_MARK;
    }

    @Override
    public char delimiter() {
        return ';';
    }

    @Override
    public List<String> leadingHeaders() {
        return List.of("Thema", "Bevestiging (id)", "Afweging (id)", "Cyclus", "Revisie", "Aantal revisies",
                "Eerste voorstel", "Bevestigd op", "Doorlooptijd (dagen)");
    }

    @Override
    public String scaleHeader(String layer) {
        return "Schaal " + layer(layer).toLowerCase(DUTCH);
    }

    @Override
    public List<String> trailingHeaders() {
        return List.of("Wijzigingen in schaal", "Interventies", "Interventies per gemeente",
                "Interventies thema per gemeente", "Reflecties thema per niveau");
    }

    /** The framework's order of layers (beleid, bedrijfsvoering, uitvoering), unknown ones after. */
    @Override
    public List<String> orderLayers(Set<String> present) {
        List<String> ordered = new ArrayList<>();
        framework.layers().stream().map(FrameworkContent.Layer::code).filter(present::contains).forEach(ordered::add);
        present.stream().filter(layer -> !ordered.contains(layer)).forEach(ordered::add);
        return ordered;
    }

    @Override
    public String theme(String code) {
        return themes.getOrDefault(code, code);
    }

    @Override
    public String scale(String code) {
        return code == null ? "" : scales.getOrDefault(code, code);
    }

    @Override
    public String gemeente(String code) {
        return code == null ? "" : gemeenten.getOrDefault(code, code);
    }

    @Override
    public String governanceForm(String code) {
        return code == null ? "" : framework.governanceForms().stream().filter(form -> form.code().equals(code))
                .map(FrameworkContent.GovernanceForm::name).findFirst().orElse(code);
    }

    private String layer(String code) {
        return layers.getOrDefault(code, code);
    }

    @Override
    public String moment(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }

    @Override
    public String days(Double days) {
        if (days == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(DUTCH));
        return format.format(days);
    }

    /** For instance "Uitvoering: Lokaal → Regionaal, Beleid: Regionaal → Bovenregionaal". */
    @Override
    public String scaleChanges(Map<String, String> changes) {
        return orderLayers(changes.keySet()).stream()
                .map(layer -> layer(layer) + ": " + List.of(changes.get(layer).split(">")).stream()
                        .map(this::scale).collect(Collectors.joining(" → ")))
                .collect(Collectors.joining(", "));
    }

    /** For instance "Bunnik 1, Houten 2", in the order of the gemeente codes. */
    @Override
    public String perGemeente(Map<String, Integer> counts) {
        return valuesPerGemeente(counts);
    }

    /** For instance "Bunnik ja, Houten nee" (the raad's columns). */
    @Override
    public String valuesPerGemeente(Map<String, ?> values) {
        return values.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> gemeenten.getOrDefault(entry.getKey(), entry.getKey()) + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    @Override
    public String yesNo(boolean value) {
        return value ? "ja" : "nee";
    }

    /** For instance "Ambtelijk 1, Bestuurlijk 2"; the framework names levels by their code only. */
    @Override
    public String perLevel(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> capitalised(entry.getKey()) + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String capitalised(String code) {
        String lower = code.replace('_', ' ').toLowerCase(DUTCH);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    @Override
    public boolean forPeople() {
        return true;
    }

    @Override
    public String number(Double value) {
        return EvaluationTableStyle.super.number(value).replace('.', ',');
    }

    @Override
    public String cell(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
