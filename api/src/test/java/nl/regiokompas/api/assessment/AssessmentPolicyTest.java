package nl.regiokompas.api.assessment;

import static nl.regiokompas.api.common.Role.AUDITOR;
import static nl.regiokompas.api.common.Role.BESTUURDER;
import static nl.regiokompas.api.common.Role.PROGRAMMATEAM;
import static nl.regiokompas.api.common.Role.RAADSLID;
import static nl.regiokompas.api.common.Role.STRATEEG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a signed-in user may do next on an assessment, by the rules the aggregate applies. */
class AssessmentPolicyTest {

    private static final Instant AT = Instant.parse("2027-03-01T09:00:00Z");
    private static final Map<String, String> SCALES = Map.of("BELEID", "REGIONAAL");

    private static AssessmentDocument document(String status, AssessmentDocument.Proposal proposal,
                                               List<AssessmentDocument.ConfirmationEntry> confirmations,
                                               List<AssessmentDocument.InterventionEntry> interventions) {
        return new AssessmentDocument("a-1", "JEUGD", "Jeugd", status, 1, 4, 1, List.of("BUN", "HOU"), List.of(),
                proposal, List.of(), List.of(), confirmations, interventions, null, null);
    }

    private static AssessmentDocument open() {
        return document(AssessmentDocument.OPEN, null, List.of(), List.of());
    }

    private static AssessmentDocument proposed(String... confirmedBy) {
        return document(AssessmentDocument.VOORGESTELD, new AssessmentDocument.Proposal(2, SCALES, "r", "s", AT),
                List.of(confirmedBy).stream().map(g -> new AssessmentDocument.ConfirmationEntry(g, 2, "b", AT)).toList(),
                List.of());
    }

    private static AssessmentDocument decided() {
        return document(AssessmentDocument.BESLOTEN, new AssessmentDocument.Proposal(2, SCALES, "r", "s", AT),
                List.of(), List.of());
    }

    @Test
    void a_strateeg_edits_the_inputs_of_the_own_gemeente_and_the_programmateam_those_of_every_participant() {
        assertThat(AssessmentPolicy.allowedActions(STRATEEG, "HOU", open()).mayEditInputs()).containsExactly("HOU");
        assertThat(AssessmentPolicy.allowedActions(STRATEEG, "ZST", open()).mayEditInputs()).isEmpty();
        assertThat(AssessmentPolicy.allowedActions(PROGRAMMATEAM, null, open()).mayEditInputs())
                .containsExactly("BUN", "HOU");
    }

    @Test
    void a_bestuurder_may_confirm_only_a_current_proposal_that_the_own_gemeente_did_not_confirm_yet() {
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "HOU", open()).mayConfirm()).isFalse();
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "HOU", proposed("BUN")).mayConfirm()).isTrue();
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "HOU", proposed("HOU")).mayConfirm()).isFalse();
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "ZST", proposed()).mayConfirm()).isFalse();
        assertThat(AssessmentPolicy.allowedActions(STRATEEG, "HOU", proposed()).mayConfirm()).isFalse();
    }

    @Test
    void the_programmateam_resolves_only_while_an_intervention_is_open() {
        AssessmentDocument withOpen = document(AssessmentDocument.OPEN, null, List.of(), List.of(
                new AssessmentDocument.InterventionEntry("i-1", "BUN", "BELEID", "BEZWAAR", "r", "OPEN", "b", AT,
                        null, null, null)));

        assertThat(AssessmentPolicy.allowedActions(PROGRAMMATEAM, null, open()).mayResolveInterventions()).isFalse();
        assertThat(AssessmentPolicy.allowedActions(PROGRAMMATEAM, null, withOpen).mayResolveInterventions()).isTrue();
        assertThat(AssessmentPolicy.allowedActions(STRATEEG, "BUN", withOpen).mayResolveInterventions()).isFalse();
    }

    @Test
    void once_decided_only_the_programmateam_may_reopen_and_the_form_of_cooperation_is_left_to_a_weighing() {
        AllowedActions programmateam = AssessmentPolicy.allowedActions(PROGRAMMATEAM, null, decided());
        AllowedActions strateeg = AssessmentPolicy.allowedActions(STRATEEG, "HOU", decided());

        assertThat(programmateam.mayReopen()).isTrue();
        assertThat(programmateam.mayRecordGovernanceForm()).isFalse();
        assertThat(programmateam.mayEditInputs()).isEmpty();
        assertThat(programmateam.mayPropose()).isFalse();
        assertThat(strateeg.mayIntervene()).isFalse();
        assertThat(AssessmentPolicy.allowedActions(PROGRAMMATEAM, null, open()).mayReopen()).isFalse();
    }

    @Test
    void readers_may_do_nothing_in_any_state() {
        for (AssessmentDocument document : List.of(open(), proposed(), decided())) {
            for (var role : List.of(RAADSLID, AUDITOR)) {
                AllowedActions allowed = AssessmentPolicy.allowedActions(role, "HOU", document);
                assertThat(allowed.roleMay()).isEmpty();
                assertThat(allowed).isEqualTo(new AllowedActions(document.version(), List.of(), false, false, false,
                        false, false, false, false, false, List.of(), false, false, false, false, false, false, false, false));
            }
        }
    }

    @Test
    void the_role_table_lists_what_a_role_may_ever_do() {
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "HOU", open()).roleMay())
                .containsExactly(AssessmentAction.CONFIRM, AssessmentAction.INTERVENE,
                        AssessmentAction.RESOLVE_INTERVENTION, AssessmentAction.HANDLE_SIGNAL,
                        AssessmentAction.CONSENT_TO_DEVIATION, AssessmentAction.RECORD_FORMAL_DECISION,
                        AssessmentAction.RECORD_GREMIUM_DISCUSSION, AssessmentAction.WITHDRAW_CONFIRMATION,
                        AssessmentAction.RECORD_RAAD_INFORMED);
    }

    // ---- process (issue 11 §3, §4): the role table of interventions, signals, consents and formal decisions ----

    private static AssessmentDocument withOpenIntervention(String gemeente, List<String> consents) {
        return document(AssessmentDocument.VOORGESTELD, new AssessmentDocument.Proposal(2, SCALES, "r", "s", AT),
                List.of(), List.of(new AssessmentDocument.InterventionEntry("i-1", gemeente, "BELEID", "BEZWAAR", "r",
                        "OPEN", "b", AT, null, null, null, null, null, null, 2, null, null, consents)));
    }

    @Test
    void only_a_bestuurder_intervenes_and_a_strateeg_signals_instead() {
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "HOU", proposed()).mayIntervene()).isTrue();
        assertThat(AssessmentPolicy.allowedActions(STRATEEG, "HOU", proposed()).mayIntervene()).isFalse();
        assertThat(AssessmentPolicy.allowedActions(STRATEEG, "HOU", proposed()).maySignal()).isTrue();
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "HOU", proposed()).maySignal()).isFalse();
        assertThat(AssessmentPolicy.allowedActions(PROGRAMMATEAM, null, proposed()).maySignal()).isFalse();
    }

    @Test
    void a_bestuurder_resolves_only_an_intervention_of_the_own_gemeente() {
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "BUN", withOpenIntervention("BUN", List.of()))
                .mayResolveInterventions()).isTrue();
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "HOU", withOpenIntervention("BUN", List.of()))
                .mayResolveInterventions()).isFalse();
    }

    @Test
    void the_other_bestuurders_consent_to_a_deviation_once() {
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "HOU", withOpenIntervention("BUN", List.of()))
                .mayConsentToDeviation()).isTrue();
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "HOU", withOpenIntervention("BUN", List.of("HOU")))
                .mayConsentToDeviation()).isFalse();
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "BUN", withOpenIntervention("BUN", List.of()))
                .mayConsentToDeviation()).isFalse();
        assertThat(AssessmentPolicy.allowedActions(PROGRAMMATEAM, null, withOpenIntervention("BUN", List.of()))
                .mayConsentToDeviation()).isFalse();
    }

    @Test
    void formal_decisions_and_the_follow_up_come_after_the_bestuurlijke_bevestiging() {
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "HOU", proposed()).mayRecordFormalDecision()).isFalse();
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "HOU", decided()).mayRecordFormalDecision()).isTrue();
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "ZST", decided()).mayRecordFormalDecision()).isFalse();
        assertThat(AssessmentPolicy.allowedActions(PROGRAMMATEAM, null, decided()).mayRecordFormalDecision()).isTrue();
        assertThat(AssessmentPolicy.allowedActions(STRATEEG, "HOU", decided()).mayRecordFormalDecision()).isFalse();
        assertThat(AssessmentPolicy.allowedActions(PROGRAMMATEAM, null, decided()).mayRecordFollowUp()).isTrue();
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "HOU", decided()).mayRecordFollowUp()).isFalse();
    }

    @Test
    void a_bestuurder_may_withdraw_only_the_own_confirmation_of_the_current_revision() {
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "BUN", proposed("BUN")).mayWithdrawConfirmation())
                .isTrue();
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "HOU", proposed("BUN")).mayWithdrawConfirmation())
                .isFalse();
        assertThat(AssessmentPolicy.allowedActions(BESTUURDER, "BUN", decided()).mayWithdrawConfirmation())
                .isFalse();
    }

    @Test
    void a_griffier_records_only_what_the_raad_decided_and_never_edits_the_package() {
        assertThat(AssessmentPolicy.allowedActions(nl.regiokompas.api.common.Role.GRIFFIER, "HOU", open()).roleMay())
                .containsExactly(AssessmentAction.RECORD_RAAD_VERDICT, AssessmentAction.RECORD_ZIENSWIJZE,
                        AssessmentAction.RECORD_RAAD_INFORMED);
    }

    @Test
    void an_input_leaves_the_allowances_as_they_were_and_a_confirmation_changes_them() {
        assertThat(AssessmentPolicy.sameAllowances(proposed("BUN"), proposed("BUN"))).isTrue();
        assertThat(AssessmentPolicy.sameAllowances(proposed(), proposed("BUN"))).isFalse();
        assertThat(AssessmentPolicy.sameAllowances(open(), proposed())).isFalse();
        assertThat(AssessmentPolicy.sameAllowances(null, open())).isFalse();
    }
}
