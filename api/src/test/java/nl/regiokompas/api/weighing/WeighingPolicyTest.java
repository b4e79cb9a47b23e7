package nl.regiokompas.api.weighing;

import static nl.regiokompas.api.common.Role.AUDITOR;
import static nl.regiokompas.api.common.Role.BESTUURDER;
import static nl.regiokompas.api.common.Role.GRIFFIER;
import static nl.regiokompas.api.common.Role.PROGRAMMATEAM;
import static nl.regiokompas.api.common.Role.RAADSLID;
import static nl.regiokompas.api.common.Role.STRATEEG;
import static nl.regiokompas.api.weighing.WeighingAction.CONFIRM;
import static nl.regiokompas.api.weighing.WeighingAction.INTERVENE;
import static nl.regiokompas.api.weighing.WeighingAction.OPEN;
import static nl.regiokompas.api.weighing.WeighingAction.OPEN_ZIENSWIJZE_PERIOD;
import static nl.regiokompas.api.weighing.WeighingAction.RECORD_RAAD_INFORMED;
import static nl.regiokompas.api.weighing.WeighingAction.RECORD_ZIENSWIJZE;
import static nl.regiokompas.api.weighing.WeighingAction.PROPOSE_FORM;
import static nl.regiokompas.api.weighing.WeighingAction.RECORD_RAAD_ROLE;
import static nl.regiokompas.api.weighing.WeighingAction.RESOLVE_INTERVENTION;
import static nl.regiokompas.api.weighing.WeighingAction.SCORE;
import static nl.regiokompas.api.assessment.InterventionOutcome.DOORVERWEZEN;
import static nl.regiokompas.api.assessment.InterventionOutcome.INGETROKKEN;
import static nl.regiokompas.api.assessment.InterventionOutcome.OVERGENOMEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.common.Role;
import org.junit.jupiter.api.Test;

/** The role matrix of the form weighing, and what a signed-in user may do next on one. */
class WeighingPolicyTest {

    private static final Instant AT = Instant.parse("2027-05-01T09:00:00Z");

    @Test
    void the_role_matrix_of_the_weighing() {
        Map<Role, List<WeighingAction>> matrix = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            matrix.put(role, java.util.Arrays.stream(WeighingAction.values()).filter(a -> a.allows(role)).toList());
        }

        assertThat(matrix).containsExactlyInAnyOrderEntriesOf(Map.of(
                STRATEEG, List.of(OPEN, SCORE, RECORD_RAAD_ROLE, PROPOSE_FORM),
                BESTUURDER, List.of(CONFIRM, INTERVENE, RESOLVE_INTERVENTION, RECORD_RAAD_INFORMED),
                PROGRAMMATEAM, List.of(OPEN, RECORD_RAAD_ROLE, PROPOSE_FORM, RESOLVE_INTERVENTION,
                        OPEN_ZIENSWIJZE_PERIOD),
                RAADSLID, List.of(),
                AUDITOR, List.of(),
                GRIFFIER, List.of(RECORD_ZIENSWIJZE, RECORD_RAAD_INFORMED)));
    }

    @Test
    void scoring_confirming_and_intervening_are_only_for_the_own_gemeente() {
        assertThat(SCORE.allowsFor(STRATEEG, "BUN", "BUN")).isTrue();
        assertThat(SCORE.allowsFor(STRATEEG, "BUN", "HOU")).isFalse();
        assertThat(CONFIRM.allowsFor(BESTUURDER, "HOU", "BUN")).isFalse();
        assertThat(INTERVENE.allowsFor(BESTUURDER, "ZST", "ZST")).isTrue();
        assertThat(INTERVENE.allowsFor(BESTUURDER, "ZST", "BUN")).isFalse();
        assertThat(INTERVENE.allowsFor(STRATEEG, "ZST", "ZST")).as("issue 11 §3: only the bestuurder blocks").isFalse();
        assertThat(PROPOSE_FORM.allowsFor(PROGRAMMATEAM, null, null)).isTrue();
    }

    @Test
    void a_strateeg_scores_for_the_own_gemeente_while_the_form_is_not_chosen() {
        assertThat(WeighingPolicy.allowedActions(STRATEEG, "HOU", open()).mayScoreFor()).containsExactly("HOU");
        assertThat(WeighingPolicy.allowedActions(STRATEEG, "HOU", chosen()).mayScoreFor()).isEmpty();
        assertThat(WeighingPolicy.allowedActions(PROGRAMMATEAM, null, open()).mayScoreFor()).isEmpty();
    }

    @Test
    void a_bestuurder_confirms_a_proposal_the_own_gemeente_did_not_confirm_yet() {
        assertThat(WeighingPolicy.allowedActions(BESTUURDER, "HOU", open()).mayConfirm()).isFalse();
        assertThat(WeighingPolicy.allowedActions(BESTUURDER, "HOU", proposed("BUN")).mayConfirm()).isTrue();
        assertThat(WeighingPolicy.allowedActions(BESTUURDER, "HOU", proposed("HOU")).mayConfirm()).isFalse();
        assertThat(WeighingPolicy.allowedActions(STRATEEG, "HOU", proposed()).mayConfirm()).isFalse();
    }

    @Test
    void the_programmateam_opens_a_zienswijze_period_on_a_proposal_nobody_confirmed_yet() {
        assertThat(WeighingPolicy.allowedActions(PROGRAMMATEAM, null, proposed()).mayOpenZienswijzePeriod()).isTrue();
        assertThat(WeighingPolicy.allowedActions(PROGRAMMATEAM, null, proposed("BUN")).mayOpenZienswijzePeriod())
                .isFalse();
        assertThat(WeighingPolicy.allowedActions(PROGRAMMATEAM, null, open()).mayOpenZienswijzePeriod()).isFalse();
    }

    @Test
    void a_griffier_records_the_own_raads_zienswijze_while_a_period_is_on_the_current_revision() {
        WeighingDocument withPeriod = withPeriod(proposed());
        assertThat(WeighingPolicy.allowedActions(GRIFFIER, "HOU", withPeriod).mayRecordZienswijze()).isTrue();
        assertThat(WeighingPolicy.allowedActions(GRIFFIER, "HOU", proposed()).mayRecordZienswijze()).isFalse();
        assertThat(WeighingPolicy.allowedActions(STRATEEG, "HOU", withPeriod).mayRecordZienswijze()).isFalse();
    }

    @Test
    void the_raad_is_informed_by_its_bestuurder_or_griffier_once_the_form_is_chosen() {
        assertThat(WeighingPolicy.allowedActions(GRIFFIER, "HOU", chosen()).mayRecordRaadInformed()).isTrue();
        assertThat(WeighingPolicy.allowedActions(BESTUURDER, "BUN", chosen()).mayRecordRaadInformed()).isTrue();
        assertThat(WeighingPolicy.allowedActions(BESTUURDER, "BUN", proposed()).mayRecordRaadInformed()).isFalse();
        assertThat(WeighingPolicy.allowedActions(STRATEEG, "BUN", chosen()).mayRecordRaadInformed()).isFalse();
    }

    /** Issue 11 §3 on the weighing: the own bestuurder withdraws; no one overrules; a take-over names a later revision. */
    @Test
    void the_own_bestuurder_may_withdraw_an_intervention_the_programmateam_only_refer_it() {
        WeighingDocument d = withInterventionOfBun(proposed(), 1);
        assertThat(WeighingPolicy.allowedActions(BESTUURDER, "BUN", d).mayResolveWith())
                .containsExactly(INGETROKKEN, DOORVERWEZEN);
        assertThat(WeighingPolicy.allowedActions(BESTUURDER, "BUN", d).mayResolveInterventions()).isTrue();
        assertThat(WeighingPolicy.allowedActions(PROGRAMMATEAM, null, d).mayResolveWith())
                .containsExactly(DOORVERWEZEN);
        assertThat(WeighingPolicy.allowedActions(BESTUURDER, "HOU", d).mayResolveInterventions()).isFalse();
        assertThat(WeighingPolicy.allowedActions(BESTUURDER, "HOU", d).mayResolveWith()).isEmpty();
        assertThat(WeighingPolicy.allowedActions(STRATEEG, "BUN", d).mayResolveWith()).isEmpty();
    }

    @Test
    void a_take_over_is_offered_once_a_later_revision_exists_and_verworpen_never() {
        WeighingDocument d = withInterventionOfBun(revision2(), 1);
        assertThat(WeighingPolicy.allowedActions(PROGRAMMATEAM, null, d).mayResolveWith())
                .containsExactly(OVERGENOMEN, DOORVERWEZEN);
        assertThat(WeighingPolicy.allowedActions(BESTUURDER, "BUN", d).mayResolveWith())
                .containsExactly(INGETROKKEN, OVERGENOMEN, DOORVERWEZEN);
    }

    private static WeighingDocument withInterventionOfBun(WeighingDocument d, int revision) {
        return new WeighingDocument(d.weighingId(), d.title(), d.status(), d.version(), d.frameworkVersion(),
                d.openedAt(), d.openedBy(), d.openedByName(), d.themes(), d.forms(), d.criteria(), d.gemeenten(),
                d.scores(), d.spread(), d.raadRoles(), d.proposal(), d.confirmations(),
                List.of(new WeighingDocument.InterventionEntry("i-1", "BUN", revision, "BEZWAAR", "Eerst de raad",
                        "OPEN", "bestuurder.bun", "Bestuurder Bunnik", AT, null, null, null, null, null)),
                d.chosen(), d.history(), d.zienswijzePeriod(), d.zienswijzen(), d.informings());
    }

    private static WeighingDocument revision2() {
        return document(WeighingDocument.VOORGESTELD, new WeighingDocument.Proposal(2, "NETWERK", "r", "p", "P", AT),
                List.of(), null);
    }

    private static WeighingDocument withPeriod(WeighingDocument d) {
        return new WeighingDocument(d.weighingId(), d.title(), d.status(), d.version(), d.frameworkVersion(),
                d.openedAt(), d.openedBy(), d.openedByName(), d.themes(), d.forms(), d.criteria(), d.gemeenten(),
                d.scores(), d.spread(), d.raadRoles(), d.proposal(), d.confirmations(), d.interventions(), d.chosen(),
                d.history(), new WeighingDocument.ZienswijzePeriod(d.proposal().revision(),
                java.time.LocalDate.parse("2027-06-01"), "Programmateam", AT), List.of(), List.of());
    }

    @Test
    void readers_may_do_nothing() {
        for (WeighingDocument document : List.of(open(), proposed(), chosen())) {
            for (Role role : List.of(RAADSLID, AUDITOR)) {
                assertThat(WeighingPolicy.allowedActions(role, "BUN", document))
                        .isEqualTo(new WeighingAllowedActions(List.of(), false, false, false, false, false, List.of(),
                                false, false, false, List.of()));
            }
        }
    }

    private static WeighingDocument document(String status, WeighingDocument.Proposal proposal, List<String> confirmed,
                                             WeighingDocument.Chosen chosen) {
        return new WeighingDocument("w-1", "Vorm", status, 3, 1, AT, "strateeg.bun", "Strateeg Bunnik", List.of(),
                List.of(new WeighingDocument.Named("NETWERK", "netwerkorganisatie")), List.of(),
                List.of(new WeighingDocument.Named("BUN", "Bunnik"), new WeighingDocument.Named("HOU", "Houten")),
                List.of(), List.of(), List.of(), proposal,
                confirmed.stream().map(g -> new WeighingDocument.ConfirmationEntry(g, 1, null, "b", "B", AT)).toList(),
                List.of(), chosen, List.of(), null, List.of(), List.of());
    }

    private static WeighingDocument open() {
        return document(WeighingDocument.OPEN, null, List.of(), null);
    }

    private static WeighingDocument proposed(String... confirmedBy) {
        return document(WeighingDocument.VOORGESTELD, new WeighingDocument.Proposal(1, "NETWERK", "r", "p", "P", AT),
                List.of(confirmedBy), null);
    }

    private static WeighingDocument chosen() {
        return document(WeighingDocument.GEKOZEN, new WeighingDocument.Proposal(1, "NETWERK", "r", "p", "P", AT),
                List.of("BUN", "HOU"), new WeighingDocument.Chosen("NETWERK", 1, AT));
    }
}
