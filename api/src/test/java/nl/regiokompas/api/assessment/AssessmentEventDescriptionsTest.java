package nl.regiokompas.api.assessment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.common.Actor;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.framework.FrameworkAdopted;
import nl.regiokompas.api.framework.FrameworkNames;
import nl.regiokompas.api.framework.FrameworkNamesTest;
import nl.regiokompas.api.framework.TermNames;
import nl.regiokompas.api.mandate.MandateAmended;
import nl.regiokompas.api.mandate.MandateEnded;
import nl.regiokompas.api.mandate.MandateRegistered;
import nl.regiokompas.api.reflection.ReflectionRecorded;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentEventDescriptionsTest {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");
    private static final TermNames NAMES = FrameworkNames.of(FrameworkNamesTest.content());

    private static Map<String, String> scales() {
        Map<String, String> scales = new LinkedHashMap<>();
        scales.put("BELEID", "REGIONAAL");
        scales.put("BEDRIJFSVOERING", "REGIONAAL");
        scales.put("UITVOERING", "LOKAAL");
        return scales;
    }

    private static String describe(Object payload) {
        return AssessmentEventDescriptions.describe(payload, NAMES);
    }

    @Test
    void an_opening_names_its_title_theme_and_gemeenten() {
        assertThat(describe(new AssessmentOpened("a-1", "JEUGD", "Jeugdhulp 2028", List.of("BUN", "UHR"), 1, 1, null)))
                .isEqualTo("Afwegingstraject 'Jeugdhulp 2028' geopend voor thema Jeugd met Bunnik, Utrechtse Heuvelrug "
                        + "(afwegingskader versie 1)");
    }

    @Test
    void an_opening_without_a_title_is_titled_by_the_theme_name() {
        assertThat(describe(new AssessmentOpened("a-1", "JEUGD", "JEUGD", List.of("BUN"), 1, 1, null)))
                .startsWith("Afwegingstraject 'Jeugd' geopend voor thema Jeugd");
    }

    @Test
    void an_input_names_the_gemeente_criterion_layer_and_leaning() {
        assertThat(describe(new CriterionInputRecorded("a-1", 1, "BUN", "BELEID", "C3", "REGIONAAL", "Argument")))
                .isEqualTo("Bunnik gaf input op 'Partners en infrastructuur' (Beleid), neiging regionaal");
    }

    @Test
    void an_input_without_leaning_says_so() {
        assertThat(describe(new CriterionInputRecorded("a-1", 1, "HOU", "UITVOERING", "C3", null, "Argument")))
                .isEqualTo("Houten gaf input op 'Partners en infrastructuur' (Uitvoering), zonder neiging");
    }

    @Test
    void a_proposal_lists_the_scale_per_layer_by_name() {
        assertThat(describe(new ThemeScaleProposed("a-1", 1, 2, scales(), "Omdat")))
                .isEqualTo("Voorstel revisie 2: Beleid regionaal, Bedrijfsvoering regionaal, Uitvoering lokaal");
    }

    @Test
    void a_responsibility_names_its_kind_layer_holder_and_level() {
        assertThat(describe(new ResponsibilityAssigned("a-1", 1, "BELEID", "RICHTING", "BESTUURLIJK", "Bestuurstafel")))
                .isEqualTo("Verantwoordelijkheid 'richting' voor Beleid belegd bij Bestuurstafel (niveau bestuurlijk)");
    }

    @Test
    void a_precondition_names_its_kind() {
        assertThat(describe(new PreconditionRecorded("a-1", 1, "p-1", "AFSPRAKEN", "Heldere afspraken")))
                .isEqualTo("Randvoorwaarde 'afspraken' vastgelegd: Heldere afspraken");
    }

    @Test
    void a_confirmation_names_the_gemeente_and_revision() {
        assertThat(describe(new ConfirmedByBestuurder("a-1", 1, "BUN", 2, null)))
                .isEqualTo("Bestuurder van Bunnik bevestigde revisie 2");
    }

    @Test
    void an_intervention_names_gemeente_layer_and_kind() {
        assertThat(describe(new LocalInterventionOpened("a-1", 1, "i-1", "UHR", "UITVOERING",
                InterventionKind.LOKALE_AFWIJKING, "Eigen wijkteams")))
                .isEqualTo("Utrechtse Heuvelrug intervenieerde lokaal op Uitvoering (lokale afwijking): Eigen wijkteams");
    }

    @Test
    void a_resolution_names_the_gemeente_and_outcome() {
        assertThat(describe(new InterventionResolved("a-1", 1, "i-1", "UHR", InterventionOutcome.OVERGENOMEN, "Ja")))
                .isEqualTo("Interventie van Utrechtse Heuvelrug afgehandeld: overgenomen in een nieuw voorstel: Ja");
    }

    @Test
    void a_bestuurlijke_bevestiging_names_scales_and_the_gemeenten_that_confirmed() {
        assertThat(describe(new DecisionRecorded("a-1", "d-1", "JEUGD", 1, 2, scales(), List.of(), List.of(),
                List.of(new Confirmation("BUN", 2, "bestuurder.bun", NOW), new Confirmation("HOU", 2, "bestuurder.hou", NOW)))))
                .isEqualTo("Bestuurlijke bevestiging vastgelegd op revisie 2: Beleid regionaal, Bedrijfsvoering regionaal, "
                        + "Uitvoering lokaal; bevestigd door Bunnik, Houten");
    }

    @Test
    void a_bestuurlijke_bevestiging_names_the_accepted_local_exceptions() {
        assertThat(describe(new DecisionRecorded("a-1", "d-1", "JEUGD", 1, 2, scales(), List.of(), List.of(),
                List.of(new Confirmation("BUN", 2, "bestuurder.bun", NOW)),
                List.of(new LocalException("HOU", "UITVOERING", "i-1")), null, null)))
                .endsWith("; bevestigd door Bunnik; lokale uitzondering: Houten doet Uitvoering lokaal");
    }

    @Test
    void a_formal_decision_names_the_body_and_reference() {
        assertThat(describe(new FormalDecisionRecorded("a-1", 1, "d-1", "BUN", FormalBody.COLLEGE,
                java.time.LocalDate.of(2027, 5, 11), "Z-114", null)))
                .isEqualTo("Formeel besluit van het college van B en W van Bunnik vastgelegd (11 mei 2027, kenmerk Z-114)");
    }

    @Test
    void a_signal_and_a_consent_name_the_gemeente() {
        assertThat(describe(new SignalRecorded("a-1", 1, "s-1", "HOU", "BELEID", "Raad wil eigen accenten")))
                .isEqualTo("Signaal aan de bestuurder van Houten over Beleid: Raad wil eigen accenten");
        assertThat(describe(new DeviationConsented("a-1", 1, "i-1", "BUN", null)))
                .isEqualTo("Bunnik stemde in met de lokale afwijking");
    }

    @Test
    void a_reopening_gives_its_cycle_and_reason() {
        assertThat(describe(new AssessmentReopened("a-1", 2, "d-1", "Nieuwe wet")))
                .isEqualTo("Heropend voor cyclus 2: Nieuwe wet");
    }

    @Test
    void a_governance_form_is_named() {
        assertThat(describe(new GovernanceFormRecorded("a-1", 1, "NETWERK", "Licht")))
                .isEqualTo("Samenwerkingsvorm 'netwerkorganisatie' vastgelegd: Licht");
    }

    @Test
    void mandates_name_their_theme() {
        assertThat(describe(new MandateRegistered("m-1", "WERK_INKOMEN", "A", "B", "C", List.of())))
                .isEqualTo("Mandaat voor thema Werk en inkomen geregistreerd: bestuurlijk opdrachtgever A, "
                        + "ambtelijk opdrachtgever B, ambtenaar 5.0 C");
        assertThat(describe(new MandateAmended("m-1", "JEUGD", "A", "B", "D", List.of(), "Wissel")))
                .isEqualTo("Mandaat voor thema Jeugd gewijzigd: bestuurlijk opdrachtgever A, ambtelijk opdrachtgever B, "
                        + "ambtenaar 5.0 D; reden: Wissel");
        assertThat(describe(new MandateEnded("m-1", "JEUGD", "Klaar")))
                .isEqualTo("Mandaat voor thema Jeugd beëindigd: Klaar");
    }

    @Test
    void a_reflection_names_its_level() {
        assertThat(describe(new ReflectionRecorded("r-1", null, "UITVOEREND", Map.of(), "Tekst")))
                .isEqualTo("Reflectie op niveau uitvoerend vastgelegd");
    }

    @Test
    void a_framework_adoption_names_the_region() {
        assertThat(describe(new FrameworkAdopted("ZOU", 2, FrameworkNamesTest.content(), "Bijgesteld")))
                .isEqualTo("Afwegingskader Zuidoost-Utrecht versie 2 vastgesteld: Bijgesteld");
    }

    @Test
    void a_code_without_a_name_appears_as_the_code() {
        assertThat(AssessmentEventDescriptions.describe(
                new CriterionInputRecorded("a-1", 1, "BUN", "BELEID", "C9", "BOVENREGIONAAL", "x"), NAMES))
                .isEqualTo("Bunnik gaf input op 'C9' (Beleid), neiging BOVENREGIONAAL");
        assertThat(AssessmentEventDescriptions.describe(
                new ConfirmedByBestuurder("a-1", 1, "BUN", 2, null), TermNames.NONE))
                .isEqualTo("Bestuurder van BUN bevestigde revisie 2");
    }

    @Test
    void long_texts_are_shortened_to_one_line() {
        String description = describe(new MandateEnded("m-1", "JEUGD", "x".repeat(300)));
        assertThat(description).startsWith("Mandaat voor thema Jeugd beëindigd: ").endsWith("…").hasSizeLessThan(130);
    }

    @Test
    void an_unknown_payload_is_described_by_its_type() {
        assertThat(describe(42)).isEqualTo("Integer");
    }

    @Test
    void a_person_reads_as_name_role_and_gemeente() {
        assertThat(AssessmentEventDescriptions.person(
                new Actor("strateeg.uhr", "Strateeg Utrechtse Heuvelrug", "UHR", Role.STRATEEG), NAMES))
                .isEqualTo("Strateeg Utrechtse Heuvelrug (strateeg, Utrechtse Heuvelrug)");
        assertThat(AssessmentEventDescriptions.person(
                new Actor("programmateam", "Programmateam Zuidoost-Utrecht", null, Role.PROGRAMMATEAM), NAMES))
                .isEqualTo("Programmateam Zuidoost-Utrecht (programmateam)");
    }

    @Test
    void a_person_without_a_name_is_never_shown_by_user_id() {
        assertThat(AssessmentEventDescriptions.person(new Actor("bestuurder.bun", null, "BUN", Role.BESTUURDER), NAMES))
                .isEqualTo("bestuurder, Bunnik");
        assertThat(AssessmentEventDescriptions.person(new Actor("x", null, null, null), NAMES)).isEqualTo("onbekend");
    }
}
