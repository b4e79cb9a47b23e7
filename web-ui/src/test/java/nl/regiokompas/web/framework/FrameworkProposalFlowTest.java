package nl.regiokompas.web.framework;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;

/** Phase 1 over HTTP: a framework version proposed, adopted by every gemeente's bestuurder, in force. */
class FrameworkProposalFlowTest extends IntegrationTest {

    private int propose(String principle) {
        Api.Response proposed = api.post("programmateam", "/api/framework/proposals",
                FrameworkProposals.withNewPrinciple(api, principle, "Een principe erbij"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        return proposed.json().get("version").asInt();
    }

    private JsonNode proposal(int version) {
        return api.get("raadslid.bun", "/api/framework/proposals/" + version).json();
    }

    private JsonNode awaitProposal(int version, String status, int positions) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode proposal = proposal(version);
            assertThat(proposal.path("status").asText()).isEqualTo(status);
            assertThat(proposal.path("positions")).hasSize(positions);
        });
        return proposal(version);
    }

    @Test
    void a_new_version_comes_into_force_when_all_five_bestuurders_adopted_it() {
        int inForce = api.get("strateeg.bun", "/api/framework").json().get("version").asInt();
        String principle = "Samen eigenaar " + UUID.randomUUID();
        int version = propose(principle);

        JsonNode proposed = awaitProposal(version, "VOORGESTELD", 0);
        assertThat(proposed.get("basedOnVersion").asInt()).isEqualTo(inForce);
        assertThat(proposed.get("pending")).hasSize(5);
        assertThat(proposed.get("changes").get(0).get("section").asText()).isEqualTo("Principes");
        assertThat(proposed.get("changes").get(0).get("item").asText()).isEqualTo(principle);
        assertThat(proposed.get("changes").get(0).get("kind").asText()).isEqualTo("TOEGEVOEGD");
        assertThat(api.get("strateeg.bun", "/api/framework").json().get("version").asInt()).isEqualTo(inForce);

        Api.Response early = api.post("strateeg.bun", "/api/assessments",
                body("themeCode", "JEUGD", "frameworkVersion", version));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().get("detail").asText()).contains("nog niet in werking");

        for (String gemeente : List.of("BUN", "HOU", "UHR", "WBD")) {
            Api.Response adopted = api.post("bestuurder." + gemeente.toLowerCase(),
                    "/api/framework/versions/" + version + "/adoptions", body("gemeente", gemeente));
            assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
            assertThat(adopted.json().get("inForce").asBoolean()).isFalse();
        }
        JsonNode fourAdopted = awaitProposal(version, "VOORGESTELD", 4);
        assertThat(fourAdopted.get("pending")).extracting(JsonNode::asText).containsExactly("ZST");
        assertThat(fourAdopted.get("positions").get(0).get("by").asText()).isEqualTo("bestuurder.bun");

        Api.Response last = api.post("bestuurder.zst", "/api/framework/versions/" + version + "/adoptions",
                body("gemeente", "ZST"));
        assertThat(last.json().get("inForce").asBoolean()).isTrue();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get("strateeg.bun", "/api/framework").json().get("version").asInt()).isEqualTo(version));
        assertThat(api.get("strateeg.bun", "/api/framework").json().get("principles").toString()).contains(principle);
        assertThat(awaitProposal(version, "IN_WERKING", 5).get("inForceAt").isNull()).isFalse();
        AssessmentScenarios opened = AssessmentScenarios.open(api, "WMO");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.get("strateeg.bun",
                opened.path("")).json().get("frameworkVersion").asInt()).isEqualTo(version));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.get("auditor", "/api/evaluation")
                .json().get("route").get("frameworkAdoptions").toString()).contains("\"version\":" + version));
    }

    @Test
    void a_decline_keeps_the_version_proposed_and_a_next_proposal_supersedes_it() {
        int version = propose("Eerst de raad " + UUID.randomUUID());
        Api.Response declined = api.post("bestuurder.wbd", "/api/framework/versions/" + version + "/declines",
                body("gemeente", "WBD", "reason", "Eerst de raad horen"));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);

        JsonNode proposal = awaitProposal(version, "VOORGESTELD", 1);
        assertThat(proposal.get("positions").get(0).get("position").asText()).isEqualTo("AFGEWEZEN");
        assertThat(proposal.get("positions").get(0).get("reason").asText()).isEqualTo("Eerst de raad horen");
        assertThat(proposal.get("pending")).hasSize(5);

        int next = propose("Na de raad " + UUID.randomUUID());
        assertThat(next).isGreaterThan(version);
        awaitProposal(version, "VERVANGEN", 1);
        Api.Response late = api.post("bestuurder.bun", "/api/framework/versions/" + version + "/adoptions",
                body("gemeente", "BUN"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asText()).contains("een later voorstel verving haar");
    }

    @Test
    void only_the_programmateam_proposes_and_only_complete_content() {
        Api.Response byStrateeg = api.post("strateeg.bun", "/api/framework/proposals",
                FrameworkProposals.withNewPrinciple(api, "x", "y"));
        assertThat(byStrateeg.status()).isEqualTo(403);
        assertThat(byStrateeg.isProblem()).isTrue();

        ObjectNode withoutThemes = FrameworkProposals.withNewPrinciple(api, "x", "y");
        withoutThemes.putArray("themes");
        Api.Response incomplete = api.post("programmateam", "/api/framework/proposals", withoutThemes);
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().get("detail").asText()).isEqualTo("Het afwegingskader moet ten minste één thema bevatten.");

        Api.Response malformed = api.postRaw("programmateam", "/api/framework/proposals", "{\"criteria\": 7");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();

        Api.Response wrongShape = api.postRaw("programmateam", "/api/framework/proposals", "{\"criteria\": 7}");
        assertThat(wrongShape.status()).isEqualTo(400);
        assertThat(wrongShape.json().get("detail").asText()).contains("niet te lezen");
    }

    @Test
    void a_bestuurder_answers_only_for_the_own_gemeente_and_only_an_existing_proposal() {
        Api.Response unknown = api.post("bestuurder.bun", "/api/framework/versions/999/adoptions",
                body("gemeente", "BUN"));
        assertThat(unknown.status()).isEqualTo(404);

        int version = propose("Eigen gemeente " + UUID.randomUUID());
        Api.Response forAnother = api.post("bestuurder.bun", "/api/framework/versions/" + version + "/adoptions",
                body("gemeente", "ZST"));
        assertThat(forAnother.status()).isEqualTo(403);
        assertThat(forAnother.json().get("detail").asText())
                .isEqualTo("Als bestuurder van Bunnik mag u dit alleen voor de eigen gemeente doen, niet voor Zeist.");
        Api.Response byRaadslid = api.post("raadslid.bun", "/api/framework/versions/" + version + "/adoptions",
                body("gemeente", "BUN"));
        assertThat(byRaadslid.status()).isEqualTo(403);
        Api.Response withoutReason = api.post("bestuurder.bun", "/api/framework/versions/" + version + "/declines",
                body("gemeente", "BUN"));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(api.get("bestuurder.bun", "/api/framework/proposals/" + version).json().get("mayAnswerFor"))
                .extracting(JsonNode::asText).containsExactly("BUN");
    }
}
