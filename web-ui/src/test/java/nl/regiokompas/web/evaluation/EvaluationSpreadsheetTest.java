package nl.regiokompas.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.regiokompas.api.evaluation.Evaluation;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.raad.RaadFigure;
import org.junit.jupiter.api.Test;

/** The evaluation table for a Dutch spreadsheet: names, semicolons, decimal commas, a BOM, no formulas. */
class EvaluationSpreadsheetTest {

    private static final FrameworkContent FRAMEWORK = new FrameworkContent(
            new FrameworkContent.Region("ZOU", "Zuidoost-Utrecht", "sociaal domein", List.of(
                    new FrameworkContent.Gemeente("BUN", "Bunnik"), new FrameworkContent.Gemeente("HOU", "Houten"))),
            List.of(), List.of(),
            List.of(new FrameworkContent.Layer("BELEID", "Beleid", ""),
                    new FrameworkContent.Layer("UITVOERING", "Uitvoering", "")),
            List.of(new FrameworkContent.Scale("LOKAAL", "Lokaal"), new FrameworkContent.Scale("REGIONAAL", "Regionaal")),
            List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(new FrameworkContent.Theme("JEUGD", "Jeugd")), List.of(), List.of("AMBTELIJK"), List.of(),
            List.of(), List.of());

    @Test
    void the_spreadsheet_starts_with_a_byte_order_mark_and_dutch_headers_separated_by_semicolons() {
        String sheet = write("JEUGD", List.of(decision()));

        assertThat(sheet).startsWith("\uFEFF");
        assertThat(lines(sheet)[0]).isEqualTo("\uFEFFThema;Bevestiging (id);Afweging (id);Cyclus;Revisie;Aantal revisies;"
                + "Eerste voorstel;Bevestigd op;Doorlooptijd (dagen);Schaal beleid;Schaal uitvoering;"
                + "Wijzigingen in schaal;Interventies;Interventies per gemeente;Interventies thema per gemeente;"
                + "Reflecties thema per niveau;Raad: kader vóór het eerste voorstel;Raad: dagen kader vóór het voorstel;"
                + "Raad: zienswijzen;Raad: bevestigingen;Raad: bevestigingen die op de raad wachtten;"
                + "Raad: bevestigingen geïnformeerd;Raad: dagen tot informeren (gemiddeld)");
    }

    @Test
    void a_decision_reads_with_names_dutch_moments_and_a_decimal_comma() {
        String row = lines(write("JEUGD", List.of(decision())))[1];

        assertThat(row).isEqualTo("Jeugd;d1;a1;2;3;2;01-05-2027 12:00;01-06-2027 12:00;31,5;Regionaal;Lokaal;"
                + "Uitvoering: Regionaal → Lokaal;3;Bunnik 1, Houten 2;Bunnik 1, Houten 2;Ambtelijk 1;;;;;;;");
    }

    @Test
    void the_raads_figures_read_per_gemeente_by_name_with_yes_no_and_decimal_commas() {
        Evaluation evaluation = new Evaluation(null, null, List.of(new Evaluation.Theme("JEUGD", 0, null, 0,
                List.of(), Map.of(), Map.of())), Map.of()).withRaad(List.of(
                new RaadFigure("JEUGD", "BUN", true, 15.5, 1, 2, 1, 2, 12.0),
                new RaadFigure("JEUGD", "HOU", false, null, 0, 1, 0, 0, null)));

        String row = lines(EvaluationCsv.write(evaluation, new SpreadsheetStyle(FRAMEWORK)))[1];

        assertThat(row).endsWith(";Bunnik ja, Houten nee;Bunnik 15,5;Bunnik 1, Houten 0;Bunnik 2, Houten 1;"
                + "Bunnik 1, Houten 0;Bunnik 2, Houten 0;Bunnik 12,0");
    }

    @Test
    void a_whole_number_of_days_keeps_its_decimal_comma() {
        assertThat(new SpreadsheetStyle(FRAMEWORK).days(0.0)).isEqualTo("0,0");
    }

    @Test
    void a_code_the_framework_does_not_know_stays_a_code() {
        assertThat(lines(write("ONBEKEND", List.of()))[1]).startsWith("ONBEKEND;;;");
    }

    @Test
    void a_field_with_a_semicolon_quote_or_line_break_is_quoted() {
        assertThat(lines(write("A;\"B\"", List.of()))[1]).startsWith("\"A;\"\"B\"\"\";");
        assertThat(write("A\nB", List.of())).contains("\r\n\"A\nB\";");
    }

    @Test
    void a_cell_that_a_spreadsheet_would_run_as_a_formula_is_shown_as_text() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tX")) {
            assertThat(lines(write(formula, List.of()))[1]).as(formula).matches("(?s)\"?'.*");
        }
        assertThat(lines(write("=1;2", List.of()))[1]).startsWith("\"'=1;2\";");
    }

    private static String write(String themeCode, List<Evaluation.Decision> decisions) {
        Evaluation evaluation = new Evaluation(null, null, List.of(new Evaluation.Theme(themeCode, decisions.size(),
                31.5, 2.0, decisions, new TreeMap<>(Map.of("BUN", 1, "HOU", 2)), Map.of("AMBTELIJK", 1))),
                Map.of("AMBTELIJK", 1));
        return EvaluationCsv.write(evaluation, new SpreadsheetStyle(FRAMEWORK));
    }

    private static String[] lines(String sheet) {
        return sheet.split("\r\n");
    }

    private static Evaluation.Decision decision() {
        return new Evaluation.Decision("d1", "a1", 2, 3, 2, Instant.parse("2027-05-01T10:00:00Z"),
                Instant.parse("2027-06-01T10:00:00Z"), 2_721_600L, 31.5,
                new TreeMap<>(Map.of("BELEID", "REGIONAAL", "UITVOERING", "LOKAAL")),
                Map.of("UITVOERING", "REGIONAAL>LOKAAL"), new TreeMap<>(Map.of("BUN", 1, "HOU", 2)));
    }
}
