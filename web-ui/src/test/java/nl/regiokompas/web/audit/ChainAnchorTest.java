package nl.regiokompas.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.api.audit.RecordedAnchor;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Anchors kept outside the database catch what the chain alone cannot: a local superuser who alters an
 * event and recomputes every link after it. The rewrites here are undone, since the tests share one database.
 */
class ChainAnchorTest extends IntegrationTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ChainAnchorJournal journal;

    @Test
    void the_exported_record_carries_the_chain_head_as_an_anchor_in_json_and_html() {
        AssessmentScenarios scenario = ChainScenario.withThreeInputs(api);

        JsonNode chain = api.get("raadslid.bun", scenario.path("/record")).json().get("chain");
        String page = api.get("raadslid.bun", scenario.path("/record.html"), "text/html").body();

        String anchor = chain.get("anchor").asText();
        assertThat(anchor).isEqualTo("cp" + chain.get("headPosition").asLong() + ":" + chain.get("headHash").asText());
        assertThat(page).contains(anchor, "/api/audit/verify?anchor=" + anchor, "Anker van dit dossier");
        assertThat(verify("?anchor=" + anchor).get("anchor").get("matches").asBoolean()).isTrue();
    }

    @Test
    void a_rewrite_that_recomputes_every_later_link_verifies_ok_but_no_longer_matches_an_earlier_records_anchor() {
        AssessmentScenarios scenario = ChainScenario.withThreeInputs(api);
        String anchor = api.get("raadslid.bun", scenario.path("/record")).json().get("chain").get("anchor").asText();
        ChainRewrite rewrite = ChainRewrite.rewrite(jdbc, ChainScenario.secondInputEvent(jdbc, scenario), "Tweede gedachte", "Vervalst");
        try {
            JsonNode plain = verify("");
            JsonNode anchored = verify("?anchor=" + anchor);

            assertThat(plain.get("ok").asBoolean()).as(plain.toString()).isTrue();
            assertThat(anchored.get("ok").asBoolean()).isTrue();
            JsonNode check = anchored.get("anchor");
            assertThat(check.get("matches").asBoolean()).as(check.toString()).isFalse();
            assertThat(check.get("outcome").asText()).isEqualTo("DIFFERS");
            assertThat(check.get("detail").asText()).contains("herschreven");
        } finally {
            rewrite.undo();
        }
        assertThat(verify("?anchor=" + anchor).get("anchor").get("matches").asBoolean()).isTrue();
    }

    @Test
    void an_anchor_is_not_confirmed_when_the_chain_is_broken_before_it() {
        AssessmentScenarios scenario = ChainScenario.withThreeInputs(api);
        String anchor = api.get("auditor", scenario.path("/record")).json().get("chain").get("anchor").asText();
        ChainRewrite alteration = ChainRewrite.alter(jdbc, ChainScenario.secondInputEvent(jdbc, scenario), "Tweede gedachte", "Vervalst");
        try {
            JsonNode check = verify("?anchor=" + anchor).get("anchor");

            assertThat(check.get("matches").asBoolean()).isFalse();
            assertThat(check.get("outcome").asText()).isEqualTo("CHAIN_BROKEN");
        } finally {
            alteration.undo();
        }
    }

    @Test
    void the_anchor_file_gets_a_line_when_the_head_moved_and_only_then() throws Exception {
        ChainScenario.withThreeInputs(api);
        ChainScenario.checkpoint(jdbc);
        JsonNode head = verify("");

        Optional<RecordedAnchor> recorded = journal.anchorNow();
        Optional<RecordedAnchor> again = journal.anchorNow();

        String anchor = head.get("headAnchor").asText();
        assertThat(anchor).isEqualTo("cp" + head.get("headPosition").asLong() + ":" + head.get("headHash").asText());
        assertThat(recorded).hasValueSatisfying(r -> assertThat(r.anchor().text()).isEqualTo(anchor));
        assertThat(again).isEmpty();
        List<String> lines = Files.readAllLines(journal.path());
        assertThat(lines.get(lines.size() - 1)).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z " + anchor);
        assertThat(lines).filteredOn(line -> line.endsWith(anchor)).hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal.path()))).isEqualTo("rw-------");
    }

    @Test
    void a_rewrite_is_caught_by_the_anchors_of_the_anchor_file() {
        AssessmentScenarios scenario = ChainScenario.withThreeInputs(api);
        ChainScenario.checkpoint(jdbc);
        RecordedAnchor recorded = journal.anchorNow().orElseThrow();
        assertThat(verify("?anchors=file").get("anchorFile").get("allMatch").asBoolean()).isTrue();
        ChainRewrite rewrite = ChainRewrite.rewrite(jdbc, ChainScenario.secondInputEvent(jdbc, scenario), "Tweede gedachte", "Vervalst");
        try {
            JsonNode verification = verify("?anchors=file");

            assertThat(verification.get("ok").asBoolean()).isTrue();
            JsonNode file = verification.get("anchorFile");
            assertThat(file.get("allMatch").asBoolean()).as(file.toString()).isFalse();
            assertThat(file.get("firstMismatch").get("position").asLong()).isEqualTo(recorded.anchor().position());
            assertThat(file.get("firstMismatch").get("outcome").asText()).isEqualTo("DIFFERS");
        } finally {
            rewrite.undo();
        }
        assertThat(verify("?anchors=file").get("anchorFile").get("allMatch").asBoolean()).isTrue();
    }

    @Test
    void malformed_anchors_are_refused_with_a_dutch_problem() {
        long head = verify("").get("headPosition").asLong();
        for (String malformed : List.of("", "abc", HASH, "-1:" + HASH, "0:" + HASH, "+1:" + HASH,
                "99999999999999999999:" + HASH, "1:abc", "1:" + HASH.substring(1), "1:" + HASH + "0",
                "1:" + "g".repeat(64), "*:*", "1:%", "1:" + HASH.substring(0, 62) + "_%", "1:" + HASH + ":1",
                (head + 1000) + ":" + HASH, "cp" + (head + 1000) + ":" + HASH, "cp:" + HASH, "cpx:" + HASH)) {
            Api.Response response = api.get("auditor", "/api/audit/verify?anchor="
                    + URLEncoder.encode(malformed, StandardCharsets.UTF_8));

            assertThat(response.status()).as(malformed + " -> " + response).isEqualTo(400);
            assertThat(response.isProblem()).as(response.toString()).isTrue();
            assertThat(response.json().get("detail").asText()).as(response.toString()).containsAnyOf("anker", "Anker");
        }
        Api.Response unknownSource = api.get("auditor", "/api/audit/verify?anchors=alles");
        assertThat(unknownSource.status()).isEqualTo(400);
        assertThat(unknownSource.isProblem()).isTrue();
    }

    @Test
    void an_anchor_in_upper_case_hex_is_read_as_the_same_anchor() {
        JsonNode head = verify("");
        String anchor = "CP" + head.get("headPosition").asLong() + ":" + head.get("headHash").asText().toUpperCase();

        assertThat(verify("?anchor=" + anchor).get("anchor").get("matches").asBoolean()).isTrue();
    }

    private JsonNode verify(String query) {
        Api.Response response = api.get("auditor", "/api/audit/verify" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
