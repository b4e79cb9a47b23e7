package nl.regiokompas.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GET /api/evaluation/report over the constructed history of {@link ReportHistory}: every figure against its
 * known answer. The years 1991-1992 hold no other test's events; figures per theme are read for the fresh theme.
 */
class EvaluationReportTest extends IntegrationTest {

    private static final String TWO_YEARS = "/api/evaluation/report?from=1991-01-01&to=1993-01-01";

    @Autowired
    private EventStore eventStore;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;

    private ReportHistory history;

    @BeforeEach
    void appendHistoryOnce() {
        history = ReportHistory.appendedOnce(eventStore, transactions);
    }

    private JsonNode report(String path) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> api.get("raadslid.bun", path).json(),
                report -> report.at("/reflections/total").asInt() >= 1
                        && report.at("/leadTimes/perTheme").findValuesAsText("themeCode").contains(history.theme)
                        && theme(report.at("/leadTimes/perTheme")).at("/toBevestiging/count").asInt() == 2);
    }

    private JsonNode theme(JsonNode list) {
        return theme(list, "themeCode");
    }

    private JsonNode theme(JsonNode list, String field) {
        return gemeente(list, history.theme, field);
    }

    private static JsonNode gemeente(JsonNode list, String code) {
        return gemeente(list, code, "code");
    }

    private static JsonNode gemeente(JsonNode list, String code, String field) {
        for (JsonNode item : list) {
            if (code.equals(item.get(field).asText())) {
                return item;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    @Test
    void lead_times_are_real_days_from_opening_to_proposal_bevestiging_and_formal_decisions() {
        JsonNode theme = theme(report(TWO_YEARS).at("/leadTimes/perTheme"));

        assertThat(theme.at("/toFirstProposal/averageDays").asDouble()).isEqualTo(7.0);
        assertThat(theme.at("/toBevestiging/averageDays").asDouble()).isEqualTo(20.0);
        assertThat(theme.at("/toBevestiging/minDays").asDouble()).isEqualTo(10.0);
        assertThat(theme.at("/toFormalDecisions/count").asInt()).isEqualTo(1);
        assertThat(theme.at("/toFormalDecisions/averageDays").asDouble()).isEqualTo(50.0);
        assertThat(theme.get("averageRevisions").asDouble()).isEqualTo(1.5);
        assertThat(theme.get("daysWaitingOnInterventions").asDouble()).isEqualTo(12.0);
        JsonNode first = theme.at("/cycles/0");
        assertThat(first.get("openedByName").asText()).isEqualTo("Pieter Programma");
        assertThat(first.at("/formalDecisions/0/gemeenteName").asText()).isEqualTo("Bunnik");
        assertThat(first.at("/formalDecisions/0/daysFromOpening").asDouble()).isEqualTo(40.0);
        assertThat(first.at("/formalDecisions/0/recordedByName").asText()).isEqualTo("Gerda Griffie");
        assertThat(first.get("formalDecisions").findValuesAsText("body"))
                .containsExactly("COLLEGE", "COLLEGE", "BESTUURSTAFEL");
        assertThat(first.at("/formalDecisions/1/gemeente").asText()).isEqualTo("HOU");
    }

    @Test
    void waiting_on_zienswijzen_and_on_the_raad_counts_in_the_lead_times() {
        JsonNode waiting = report(TWO_YEARS).at("/leadTimes/waiting");

        assertThat(waiting.at("/interventions/available").asBoolean()).isTrue();
        assertThat(waiting.at("/zienswijzen/available").asBoolean()).isTrue();
        assertThat(waiting.at("/zienswijzen/count").asInt()).isEqualTo(1);
        assertThat(waiting.at("/zienswijzen/totalDays").asDouble()).isEqualTo(2.0);
        assertThat(waiting.at("/raad/count").asInt()).isEqualTo(1);
        assertThat(waiting.at("/raad/totalDays").asDouble()).isEqualTo(1.0);
    }

    @Test
    void the_raads_kaders_zienswijzen_and_confirmations_count_per_theme_and_gemeente() {
        JsonNode raad = report(TWO_YEARS).get("raad");
        JsonNode theme = theme(raad.get("perTheme"), "code");

        assertThat(raad.get("available").asBoolean()).isTrue();
        assertThat(theme.get("kadersBeforeFirstProposal").asInt()).isEqualTo(1);
        assertThat(theme.at("/daysKaderBeforeFirstProposal/averageDays").asDouble()).isEqualTo(15.0);
        assertThat(theme.get("kadersAfterFirstProposal").asInt()).isEqualTo(1);
        assertThat(theme.get("zienswijzen").asInt()).isEqualTo(2);
        assertThat(theme.get("confirmations").asInt()).isEqualTo(4);
        assertThat(theme.get("confirmationsNeedingRaad").asInt()).isEqualTo(1);
        assertThat(theme.get("waitingForRaad").asInt()).isZero();
        assertThat(theme.get("daysWaitingOnZienswijzen").asDouble()).isEqualTo(2.0);
        assertThat(theme.get("daysWaitingOnRaad").asDouble()).isEqualTo(1.0);
        JsonNode houten = gemeente(raad.get("perGemeente"), "HOU");
        assertThat(houten.get("name").asText()).isEqualTo("Houten");
        assertThat(houten.get("kadersAfterFirstProposal").asInt()).isEqualTo(1);
        assertThat(gemeente(raad.get("perGemeente"), "BUN").get("confirmationsNeedingRaad").asInt()).isEqualTo(1);
        JsonNode kader = raad.get("items").findParents("kind").stream()
                .filter(i -> i.get("kind").asText().equals("KADER") && i.get("gemeente").asText().equals("HOU")
                        && history.theme.equals(i.get("themeCode").asText())).findFirst().orElseThrow();
        assertThat(kader.get("late").asBoolean()).isTrue();
        assertThat(kader.get("byName").asText()).isEqualTo("Gerda Griffie");
    }

    @Test
    void days_to_informing_the_raad_are_counted_and_late_or_missing_informings_flagged() {
        JsonNode raad = report(TWO_YEARS).get("raad");
        JsonNode theme = theme(raad.get("perTheme"), "code");

        assertThat(raad.get("informingTermDays").asInt()).isEqualTo(42);
        assertThat(theme.get("informings").asInt()).isEqualTo(3);
        assertThat(theme.get("lateInformings").asInt()).isEqualTo(1);
        assertThat(theme.get("notInformedInTime").asInt()).isEqualTo(1);
        assertThat(theme.at("/daysToInforming/averageDays").asDouble()).isEqualTo(29.0);
        assertThat(gemeente(raad.get("perGemeente"), "HOU").at("/daysToInforming/averageDays").asDouble())
                .isEqualTo(37.5);
        List<JsonNode> late = raad.get("items").findParents("kind").stream()
                .filter(i -> i.get("kind").asText().equals("INFORMATIE") && i.get("late").asBoolean()
                        && history.theme.equals(i.get("themeCode").asText())).toList();
        assertThat(late).extracting(i -> i.get("gemeente").asText() + " " + i.get("days").asText())
                .containsExactly("HOU 65.0", "BUN null");
    }

    @Test
    void interventions_count_per_gemeente_and_outcome_per_quarter_with_a_stated_trend() {
        JsonNode interventions = report(TWO_YEARS).get("interventions");

        assertThat(interventions.get("total").asInt()).isEqualTo(2);
        assertThat(interventions.get("perGemeente").findValuesAsText("name")).containsExactly("Bunnik", "Houten");
        assertThat(interventions.get("perOutcome").findValuesAsText("code"))
                .containsExactly("INGETROKKEN", "OVERGENOMEN");
        assertThat(interventions.get("perQuarter")).hasSize(8);
        assertThat(interventions.at("/perQuarter/0/label").asText()).isEqualTo("1e kwartaal 1991");
        assertThat(interventions.at("/perQuarter/0/total").asInt()).isEqualTo(1);
        assertThat(interventions.at("/perQuarter/4/total").asInt()).isEqualTo(1);
        assertThat(interventions.at("/trend/direction").asText()).isEqualTo("DALEND");
        assertThat(interventions.at("/trend/slopePerBucket").asDouble()).isEqualTo(-0.07);
        assertThat(interventions.at("/trend/sentence").asText()).startsWith("Het aantal interventies daalt");
        assertThat(interventions.at("/items/0/daysOpen").asDouble()).isEqualTo(10.0);
        assertThat(interventions.at("/items/0/openedByName").asText()).isEqualTo("Wim Wethouder");
    }

    @Test
    void confirmations_and_interventions_fall_inside_the_mandate_only_while_the_theme_has_an_active_one() {
        JsonNode mandate = theme(report(TWO_YEARS).at("/mandates/perTheme"));

        assertThat(mandate.get("confirmationsOutside").asInt()).isEqualTo(2);
        assertThat(mandate.get("confirmationsInside").asInt()).isEqualTo(2);
        assertThat(mandate.get("interventionsOutside").asInt()).isEqualTo(1);
        assertThat(mandate.get("interventionsInside").asInt()).isEqualTo(1);
        assertThat(mandate.get("bestuurlijkOpdrachtgever").asText()).isEqualTo("Wethouder Zorg");
        JsonNode before = api.get("raadslid.bun", "/api/evaluation/report?from=1991-01-01&to=1991-05-01").json();
        assertThat(before.at("/mandates/themesWithoutActiveMandate").findValuesAsText("code")).contains(history.theme);
    }

    @Test
    void scales_change_between_cycles_and_deviations_carry_their_reasons() {
        JsonNode scales = report(TWO_YEARS).get("scales");

        JsonNode cycles = theme(scales.get("perTheme")).get("cycles");
        assertThat(cycles).hasSize(2);
        JsonNode uitvoering = cycles.get(1).get("layers").get(1);
        assertThat(uitvoering.get("layer").asText()).isEqualTo("UITVOERING");
        assertThat(uitvoering.get("previousScale").asText()).isEqualTo("REGIONAAL");
        assertThat(uitvoering.get("scale").asText()).isEqualTo("LOKAAL");
        assertThat(uitvoering.get("changed").asBoolean()).isTrue();
        assertThat(cycles.get(1).get("layers").get(0).get("changed").asBoolean()).isFalse();
        List<String> reasons = scales.get("deviations").findValuesAsText("reason");
        assertThat(reasons).contains("Uitvoering blijft dicht bij huis");
    }

    @Test
    void the_route_shows_the_theme_bevestigd_at_the_end() {
        JsonNode route = report(TWO_YEARS).get("route");

        assertThat(theme(route.get("themesAtEnd")).get("phase").asText()).isEqualTo("BEVESTIGD");
        assertThat(route.get("phasesPerQuarter")).hasSize(8);
    }

    @Test
    void reflections_read_as_answers_per_prompt_and_level_with_who_and_when() {
        JsonNode reflections = report(TWO_YEARS).get("reflections");

        JsonNode prompt = reflections.get("perPrompt").findParents("prompt").stream()
                .filter(p -> p.get("prompt").asText().equals(ReportHistory.WERKT_HET)).findFirst().orElseThrow();
        JsonNode answer = prompt.at("/levels/0/answers/0");
        assertThat(prompt.at("/levels/0/levelName").asText()).isEqualTo("Bestuurlijk");
        assertThat(answer.get("text").asText()).isEqualTo("Grotendeels");
        assertThat(answer.get("byName").asText()).isEqualTo("Bea Bestuurder");
        assertThat(answer.get("gemeenteName").asText()).isEqualTo("Bunnik");
        assertThat(reflections.get("texts").findValuesAsText("text")).contains("Sneller dan verwacht");
    }

    @Test
    void two_periods_side_by_side_call_out_the_differences() {
        report(TWO_YEARS);

        JsonNode comparison = api.get("raadslid.bun", "/api/evaluation/report/comparison?from=1991-01-01"
                + "&to=1992-01-01&compareFrom=1992-01-01&compareTo=1993-01-01").json();

        JsonNode bevestiging = comparison.get("differences").findParents("figure").stream()
                .filter(d -> d.get("figure").asText().equals("leadTimes.toBevestiging")).findFirst().orElseThrow();
        assertThat(bevestiging.get("a").asDouble()).isEqualTo(30.0);
        assertThat(bevestiging.get("b").asDouble()).isEqualTo(10.0);
        assertThat(bevestiging.get("difference").asDouble()).isEqualTo(-20.0);
        assertThat(bevestiging.get("sentence").asText()).contains("daalde van 30 dagen").contains("naar 10 dagen");
        JsonNode zienswijzen = comparison.get("differences").findParents("figure").stream()
                .filter(d -> d.get("figure").asText().equals("raad.zienswijzen")).findFirst().orElseThrow();
        assertThat(zienswijzen.get("difference").asDouble()).isEqualTo(-2.0);
        assertThat(zienswijzen.get("sentence").asText()).startsWith("Zienswijzen van de raden daalde van 2");
    }

    @Test
    void the_report_exports_as_machine_csv_and_as_a_dutch_spreadsheet() {
        report(TWO_YEARS);

        Api.Response csv = api.get("raadslid.bun", TWO_YEARS, "text/csv");
        Api.Response sheet = api.get("raadslid.bun", TWO_YEARS.replace("report?", "report/spreadsheet?"));

        List<String> lines = Arrays.asList(csv.body().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("section,figure,themeCode,gemeente,period,value,unit");
        assertThat(lines).contains("leadTimes,toBevestiging," + history.theme + ",,,20.0,days");
        assertThat(sheet.body()).startsWith("\uFEFFOnderdeel;Cijfer;Thema;Gemeente;Periode;Waarde;Eenheid")
                .contains("Doorlooptijden;Gemiddelde doorlooptijd tot de bestuurlijke bevestiging;" + history.theme
                        + ";;;20,0;dagen");
        assertThat(lines).contains("raad,confirmationsNeedingRaad," + history.theme + ",,,1,",
                "raad,daysToInforming," + history.theme + ",,,29.0,days", "raad,lateInformings,,HOU,,1,");
        assertThat(sheet.body()).contains("De raad;Raad te laat geïnformeerd;;Houten;;1;",
                "De raad;Dagen tot informeren van de raad (gemiddeld);" + history.theme + ";;;29,0;dagen");
    }

    @Test
    void the_plain_evaluation_exports_carry_the_raads_figures_per_gemeente() {
        report(TWO_YEARS);
        String plain = "/api/evaluation?from=1991-01-01&to=1993-01-01";

        String row = await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(
                        api.get("raadslid.bun", plain, "text/csv").body().split("\r\n"))
                        .filter(line -> line.startsWith(history.theme + ",")).findFirst().orElse(""),
                line -> line.contains("BUN=1;HOU=2,"));
        String sheet = api.get("raadslid.bun", plain.replace("evaluation?", "evaluation/spreadsheet?")).body();

        assertThat(row).endsWith(",BUN=true;HOU=false,BUN=15.0,BUN=1;HOU=1,BUN=2;HOU=2,BUN=1;HOU=0,BUN=1;HOU=2,"
                + "BUN=12.0;HOU=37.5");
        assertThat(sheet).contains(";Raad: zienswijzen;", ";Bunnik ja, Houten nee;Bunnik 15,0;");
    }

    @Test
    void the_printable_document_and_the_timeliness_chart_read_the_raads_figures_in_dutch() {
        report(TWO_YEARS);

        String page = api.get("raadslid.bun", "/api/evaluation/report.html?from=1991-01-01&to=1993-01-01",
                "text/html").body();
        String chart = api.get("raadslid.bun", "/api/evaluation/report/charts/raad.svg?from=1991-01-01&to=1993-01-01",
                "image/svg+xml").body();

        assertThat(page).contains("De raden stelden 1 kader vóór het eerste voorstel (gemiddeld 15 dagen ervoor) "
                        + "en 1 terwijl er al een voorstel lag. Ze gaven 2 zienswijzen.",
                "De raad werd 3 keer geïnformeerd, gemiddeld 29 dagen na de bevestiging; 1 keer later dan de "
                        + "afgesproken termijn van 42 dagen, en 1 keer niet binnen die termijn.",
                "<caption>De raad per gemeente</caption>", "<caption>De raad per thema</caption>", "Houten");
        assertThat(chart).contains("<title", "Tijdigheid van het informeren van de raad per gemeente",
                "Niet binnen de termijn geïnformeerd");
    }

    @Test
    void the_answer_keeps_the_most_recent_items_of_a_list_and_says_how_many_there_are() {
        report(TWO_YEARS);
        JsonNode all = api.get("raadslid.bun", TWO_YEARS + "&detail=all").json();
        JsonNode one = api.get("raadslid.bun", TWO_YEARS + "&detail=1").json();

        assertThat(all.at("/detail/complete").asBoolean()).isTrue();
        assertThat(all.at("/interventions/items")).hasSize(2);
        assertThat(one.at("/detail/complete").asBoolean()).isFalse();
        assertThat(one.at("/detail/limit").asInt()).isEqualTo(1);
        assertThat(one.at("/interventions/items")).hasSize(1);
        assertThat(one.at("/interventions/items/0")).isEqualTo(all.at("/interventions/items/1"));
        assertThat(one.at("/detail/lists").findParents("list").stream()
                .filter(size -> size.get("list").asText().equals("interventions.items")).findFirst().orElseThrow()
                .get("total").asInt()).isEqualTo(2);
        assertThat(one.at("/interventions/total").asInt()).isEqualTo(2);
        assertThat(one.get("raad").get("total")).isEqualTo(all.get("raad").get("total"));
    }

    @Test
    void a_limited_answer_reads_the_raads_figures_and_latest_item_as_the_whole_report_gives_them() {
        JsonNode limited = report(TWO_YEARS);
        JsonNode all = api.get("raadslid.bun", TWO_YEARS + "&detail=all").json();
        JsonNode one = api.get("raadslid.bun", TWO_YEARS + "&detail=1").json();

        assertThat(limited.get("raad")).isEqualTo(all.get("raad"));
        assertThat(limited.get("leadTimes")).isEqualTo(all.get("leadTimes"));
        JsonNode latest = all.at("/raad/items").get(0);
        for (JsonNode item : all.at("/raad/items")) {
            latest = Instant.parse(item.get("at").asText()).isAfter(Instant.parse(latest.get("at").asText()))
                    ? item : latest;
        }
        assertThat(one.at("/raad/items")).containsExactly(latest);
        assertThat(one.get("raad").get("perGemeente")).isEqualTo(all.get("raad").get("perGemeente"));
    }

    @Test
    void by_default_the_answer_is_limited_to_fifty_items_per_list() {
        JsonNode report = report(TWO_YEARS);

        assertThat(report.at("/detail/limit").asInt()).isEqualTo(50);
        assertThat(report.at("/detail/complete").asBoolean()).isTrue();
    }

    @Test
    void a_detail_that_is_neither_all_nor_a_number_is_refused_in_dutch() {
        Api.Response answer = api.get("raadslid.bun", TWO_YEARS + "&detail=veel");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Ongeldige waarde 'veel' voor detail");
    }

    @Test
    void a_malformed_moment_is_refused_in_dutch() {
        Api.Response answer = api.get("raadslid.bun", "/api/evaluation/report?from=gisteren");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Ongeldig moment");
    }

    /**
     * The report from the completions the projection stores with each cycle (reading only the listed cycles' formal
     * decisions) answers what the report computed from every formal decision answers: the way main read every cycle,
     * and the path a cycle projected before V490 takes until the group is rebuilt.
     */
    @Test
    void the_report_from_stored_completions_equals_the_report_computed_from_every_formal_decision() {
        report(TWO_YEARS);
        List<String> details = List.of("0", "1", "all");
        List<JsonNode> stored = details.stream().map(d -> api.get("raadslid.bun", TWO_YEARS + "&detail=" + d).json())
                .toList();
        List<String> cycles = jdbc.queryForList("""
                UPDATE report_cycle SET formal_stored = FALSE WHERE formal_stored AND opened_at < '1993-01-01'
                RETURNING assessment_id || '#' || cycle""", String.class);
        try {
            List<JsonNode> computed = details.stream()
                    .map(d -> api.get("raadslid.bun", TWO_YEARS + "&detail=" + d).json()).toList();

            assertThat(cycles).isNotEmpty();
            assertThat(computed).isEqualTo(stored);
        } finally {
            jdbc.update("UPDATE report_cycle SET formal_stored = TRUE WHERE assessment_id || '#' || cycle = ANY(?)",
                    (Object) cycles.toArray(String[]::new));
        }
    }
}
