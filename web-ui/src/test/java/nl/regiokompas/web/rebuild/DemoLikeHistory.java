package nl.regiokompas.web.rebuild;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.assessment.AssessmentScenarios;

/** A small history touching every projection: two cycles, an intervention, mandates and reflections. */
final class DemoLikeHistory {

    private DemoLikeHistory() {
    }

    static AssessmentScenarios write(Api api, String themeCode) {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, themeCode);
        assessment.input("BUN", "BELEID", "C1", "REGIONAAL", "Kennis bundelen.");
        assessment.input("HOU", "UITVOERING", "C2", "LOKAAL", "Dicht bij inwoners.");
        assessment.input("BUN", "BELEID", "C1", "BOVENREGIONAAL", "Toch bovenregionaal.");
        int first = assessment.propose(AssessmentScenarios.REGIONAL_SCALES);
        assessment.confirm("BUN", first);
        String signalId = assessment.send("strateeg.zst", "/signals", "gemeente", "ZST", "layer", "UITVOERING",
                "text", "Eigen wijkteams.").json().get("signalId").asText();
        String interventionId = assessment.send("bestuurder.zst", "/interventions", "gemeente", "ZST", "layer",
                "UITVOERING", "kind", "LOKALE_AFWIJKING", "reason", "Eigen wijkteams.", "signalId", signalId)
                .json().get("interventionId").asText();
        String resolution = "/interventions/" + interventionId + "/resolution";
        assessment.send("programmateam", resolution, "outcome", "DOORVERWEZEN", "note", "Agenderen.",
                "bestuurstafelOn", "2027-04-12");
        int second = assessment.propose(Map.of("BELEID", "REGIONAAL", "BEDRIJFSVOERING", "LOKAAL",
                "UITVOERING", "LOKAAL"));
        assessment.send("programmateam", resolution, "outcome", "OVERGENOMEN", "note", "Overgenomen.", "revision", second);
        AssessmentScenarios.GEMEENTEN.forEach(gemeente -> assessment.confirm(gemeente, second));
        Api.Response reopened = api.post("programmateam", assessment.path("/reopen"),
                body("reason", "Herijking.", "expectedVersion", assessment.version));
        assessment.version = reopened.version();
        assessment.input("UHR", "BEDRIJFSVOERING", "C6", "REGIONAAL", "Capaciteit delen.");
        assessment.decide();
        assessment.send("bestuurder.bun", "/formal-decisions", "gemeente", "BUN", "body", "COLLEGE", "date",
                "2027-05-11", "reference", "Z-1");
        assessment.send("programmateam", "/follow-up", "followUp", "DIRECT_OPGEPAKT");

        Api.Response mandate = api.post("programmateam", "/api/mandates", body("themeCode", themeCode,
                "bestuurlijkOpdrachtgever", "Wethouder Bunnik", "ambtelijkOpdrachtgever", "Directeur",
                "ambtenaar50", "Projectleider", "powers", List.of(Map.of("decision", "Inkoop",
                        "holderRole", "BESTUURLIJK_OPDRACHTGEVER"))));
        String mandateId = mandate.json().get("mandateId").asText();
        api.post("programmateam", "/api/mandates/" + mandateId + "/amendments", body(
                "bestuurlijkOpdrachtgever", "Wethouder Houten", "ambtelijkOpdrachtgever", "Directeur",
                "ambtenaar50", "Projectleider", "powers", List.of(), "reason", "Wisseling."));
        api.post("programmateam", "/api/mandates/" + mandateId + "/end", body("reason", "Opgeheven."));
        Api.Response reflection = api.post("strateeg.wbd", "/api/reflections", body("assessmentId",
                assessment.assessmentId, "level", "AMBTELIJK", "answers", Map.of("Werkt het zoals bedoeld?", "Ja."),
                "text", "Goed verlopen."));
        assertThat(reflection.status()).as(reflection.toString()).isEqualTo(201);
        // The mandate's registration, amendment and end are followed by the theme's assessments (ThemeMandateFollowed),
        // so the assessment has versions this scenario did not send: take its version from its history.
        com.fasterxml.jackson.databind.JsonNode history = api.get("auditor", assessment.path("/history")).json();
        assessment.version = history.get(history.size() - 1).get("sequence").asLong();
        return assessment;
    }
}
