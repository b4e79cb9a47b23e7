package nl.regiokompas.query.audit;

import static nl.regiokompas.query.audit.AuditTestEvents.ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.InterventionKind;
import nl.regiokompas.api.assessment.InterventionOutcome;
import nl.regiokompas.api.assessment.InterventionResolved;
import nl.regiokompas.api.assessment.LocalInterventionOpened;
import nl.regiokompas.api.assessment.ResponsibilityAssigned;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import org.junit.jupiter.api.Test;

/** The pure fold behind as-of views: events in, the assessment document of that moment out. */
class AssessmentDocumentFoldTest {

    private static final Map<String, String> SCALES = Map.of("BELEID", "REGIONAAL");

    @Test
    void an_opened_assessment_is_open_at_version_zero() {
        AssessmentDocument document = AssessmentDocumentFold.fold(AuditTestEvents.opened().events());

        assertThat(document.status()).isEqualTo(AssessmentDocument.OPEN);
        assertThat(document.version()).isZero();
        assertThat(document.cycle()).isEqualTo(1);
        assertThat(document.gemeenten()).containsExactly("BUN", "HOU");
        assertThat(document.inputs()).isEmpty();
        assertThat(document.proposal()).isNull();
    }

    @Test
    void a_later_input_on_the_same_cell_replaces_the_earlier_one_and_moves_to_the_end() {
        AssessmentDocument document = AssessmentDocumentFold.fold(AuditTestEvents.opened()
                .by("strateeg.bun", new CriterionInputRecorded(ID, 1, "BUN", "BELEID", "C1", "LOKAAL", "eerst"))
                .by("strateeg.hou", new CriterionInputRecorded(ID, 1, "HOU", "BELEID", "C1", "LOKAAL", "houten"))
                .by("strateeg.bun", new CriterionInputRecorded(ID, 1, "BUN", "BELEID", "C1", "REGIONAAL", "later"))
                .events());

        assertThat(document.inputs()).extracting(AssessmentDocument.Input::gemeente).containsExactly("HOU", "BUN");
        assertThat(document.inputs().get(1).text()).isEqualTo("later");
        assertThat(document.inputs().get(1).at()).isEqualTo(AuditTestEvents.at(3));
        assertThat(document.version()).isEqualTo(3);
    }

    @Test
    void a_new_revision_drops_the_confirmations_of_the_earlier_one() {
        AssessmentDocument document = AssessmentDocumentFold.fold(AuditTestEvents.opened()
                .by("strateeg.hou", new ThemeScaleProposed(ID, 1, 1, SCALES, "eerste"))
                .by("bestuurder.bun", new ConfirmedByBestuurder(ID, 1, "BUN", 1, null))
                .by("strateeg.hou", new ThemeScaleProposed(ID, 1, 2, SCALES, "tweede"))
                .by("bestuurder.hou", new ConfirmedByBestuurder(ID, 1, "HOU", 2, null))
                .events());

        assertThat(document.status()).isEqualTo(AssessmentDocument.VOORGESTELD);
        assertThat(document.proposal().revision()).isEqualTo(2);
        assertThat(document.proposal().by()).isEqualTo("strateeg.hou");
        assertThat(document.confirmations()).extracting(AssessmentDocument.ConfirmationEntry::gemeente)
                .containsExactly("HOU");
    }

    @Test
    void a_confirmation_carries_the_note_of_the_bestuurder() {
        AssessmentDocument document = AssessmentDocumentFold.fold(AuditTestEvents.opened()
                .by("strateeg.hou", new ThemeScaleProposed(ID, 1, 1, SCALES, "eerste"))
                .by("bestuurder.bun", new ConfirmedByBestuurder(ID, 1, "BUN", 1, "Akkoord, mits de raad meekijkt."))
                .by("bestuurder.hou", new ConfirmedByBestuurder(ID, 1, "HOU", 1, null))
                .events());

        assertThat(document.confirmations()).extracting(AssessmentDocument.ConfirmationEntry::note)
                .containsExactly("Akkoord, mits de raad meekijkt.", null);
    }

    @Test
    void a_resolved_intervention_keeps_its_place_and_shows_who_resolved_it() {
        AssessmentDocument document = AssessmentDocumentFold.fold(AuditTestEvents.opened()
                .by("bestuurder.bun", new LocalInterventionOpened(ID, 1, "i-1", "BUN", "BELEID",
                        InterventionKind.BEZWAAR, "reden"))
                .by("bestuurder.hou", new LocalInterventionOpened(ID, 1, "i-2", "HOU", "BELEID",
                        InterventionKind.UITSTEL, "later"))
                .by("programmateam", new InterventionResolved(ID, 1, "i-1", "BUN", InterventionOutcome.VERWORPEN,
                        "besproken"))
                .events());

        assertThat(document.interventions()).extracting(AssessmentDocument.InterventionEntry::interventionId)
                .containsExactly("i-1", "i-2");
        AssessmentDocument.InterventionEntry resolved = document.interventions().get(0);
        assertThat(resolved.status()).isEqualTo("VERWORPEN");
        assertThat(resolved.resolvedBy()).isEqualTo("programmateam");
        assertThat(resolved.by()).isEqualTo("bestuurder.bun");
    }

    @Test
    void a_reopening_starts_an_empty_cycle() {
        AssessmentDocument document = AssessmentDocumentFold.fold(AuditTestEvents.opened()
                .by("strateeg.bun", new CriterionInputRecorded(ID, 1, "BUN", "BELEID", "C1", "LOKAAL", "x"))
                .by("strateeg.bun", new ResponsibilityAssigned(ID, 1, "BELEID", "RICHTING", "BESTUURLIJK", "BT"))
                .by("strateeg.hou", new ThemeScaleProposed(ID, 1, 1, SCALES, "r"))
                .by("bestuurder.bun", new DecisionRecorded(ID, "d-1", "JEUGD", 1, 1, SCALES, List.of(), List.of(),
                        List.of()))
                .by("programmateam", new AssessmentReopened(ID, 2, "d-1", "evaluatie"))
                .events());

        assertThat(document.cycle()).isEqualTo(2);
        assertThat(document.status()).isEqualTo(AssessmentDocument.OPEN);
        assertThat(document.inputs()).isEmpty();
        assertThat(document.responsibilities()).isEmpty();
        assertThat(document.proposal()).isNull();
        assertThat(document.decision()).isNull();
        assertThat(document.version()).isEqualTo(5);
    }

    @Test
    void as_of_an_instant_only_the_events_up_to_and_including_that_instant_count() {
        List<org.axonframework.eventhandling.DomainEventMessage<?>> events = AuditTestEvents.opened()
                .by("strateeg.hou", new ThemeScaleProposed(ID, 1, 1, SCALES, "r"))
                .by("bestuurder.bun", new ConfirmedByBestuurder(ID, 1, "BUN", 1, null))
                .events();

        assertThat(AssessmentDocumentFold.foldUntil(events, AuditTestEvents.at(1)).version()).isEqualTo(1);
        assertThat(AssessmentDocumentFold.foldUntil(events, AuditTestEvents.at(1).plusMillis(999)).version())
                .isEqualTo(1);
        assertThat(AssessmentDocumentFold.foldUntil(events, AuditTestEvents.at(2)).confirmations()).hasSize(1);
        assertThat(AssessmentDocumentFold.foldUntil(events, AuditTestEvents.START.minusMillis(1))).isNull();
    }

    @Test
    void resuming_from_the_document_of_any_event_and_applying_the_rest_equals_folding_the_whole_stream() {
        List<org.axonframework.eventhandling.DomainEventMessage<?>> events = AuditTestEvents.opened()
                .by("strateeg.bun", new CriterionInputRecorded(ID, 1, "BUN", "BELEID", "C1", "LOKAAL", "eerst"))
                .by("strateeg.hou", new CriterionInputRecorded(ID, 1, "HOU", "BELEID", "C1", "LOKAAL", "houten"))
                .by("strateeg.bun", new ResponsibilityAssigned(ID, 1, "BELEID", "RICHTING", "BESTUURLIJK", "BT"))
                .by("strateeg.bun", new CriterionInputRecorded(ID, 1, "BUN", "BELEID", "C1", "REGIONAAL", "later"))
                .by("strateeg.hou", new ThemeScaleProposed(ID, 1, 1, SCALES, "r"))
                .by("bestuurder.bun", new LocalInterventionOpened(ID, 1, "i-1", "BUN", "BELEID",
                        InterventionKind.BEZWAAR, "reden"))
                .by("bestuurder.hou", new ConfirmedByBestuurder(ID, 1, "HOU", 1, null))
                .by("programmateam", new InterventionResolved(ID, 1, "i-1", "BUN", InterventionOutcome.INGETROKKEN,
                        "besproken"))
                .by("bestuurder.bun", new ConfirmedByBestuurder(ID, 1, "BUN", 1, null))
                .by("bestuurder.bun", new DecisionRecorded(ID, "d-1", "JEUGD", 1, 1, SCALES, List.of(), List.of(),
                        List.of()))
                .by("programmateam", new AssessmentReopened(ID, 2, "d-1", "evaluatie"))
                .events();
        AssessmentDocument whole = AssessmentDocumentFold.fold(events);

        for (int split = 1; split <= events.size(); split++) {
            AssessmentDocumentFold resumed = AssessmentDocumentFold.resume(
                    AssessmentDocumentFold.fold(events.subList(0, split)));
            events.subList(split, events.size()).forEach(resumed::apply);
            assertThat(resumed.document()).as("resumed after event %d", split - 1).isEqualTo(whole);
            AssessmentDocumentFold upToNext = AssessmentDocumentFold.resume(
                    AssessmentDocumentFold.fold(events.subList(0, split)));
            if (split < events.size()) {
                upToNext.apply(events.get(split));
                assertThat(upToNext.document()).isEqualTo(AssessmentDocumentFold.fold(events.subList(0, split + 1)));
            }
        }
    }

    @Test
    void next_goes_one_event_further_and_leaves_the_document_for_an_event_it_applied_already() {
        List<org.axonframework.eventhandling.DomainEventMessage<?>> events = AuditTestEvents.opened()
                .by("strateeg.bun", new CriterionInputRecorded(ID, 1, "BUN", "BELEID", "C1", "LOKAAL", "eerst"))
                .by("strateeg.hou", new ThemeScaleProposed(ID, 1, 1, SCALES, "r"))
                .events();
        AssessmentDocument opened = AssessmentDocumentFold.next(null, events.get(0));
        AssessmentDocument withInput = AssessmentDocumentFold.next(opened, events.get(1));

        assertThat(AssessmentDocumentFold.next(withInput, events.get(2)))
                .isEqualTo(AssessmentDocumentFold.fold(events));
        assertThat(AssessmentDocumentFold.next(withInput, events.get(1))).isEqualTo(withInput);
        assertThat(AssessmentDocumentFold.next(withInput, events.get(0))).isEqualTo(withInput);
        assertThat(AssessmentDocumentFold.next(null, events.get(1))).isNull();
    }

    @Test
    void only_the_events_of_an_assessment_document_change_documents() {
        assertThat(AssessmentDocumentFold.changesDocuments(AuditTestEvents.opened().events().get(0).getPayload()))
                .isTrue();
        assertThat(AssessmentDocumentFold.changesDocuments(new CriterionInputRecorded(ID, 1, "BUN", "BELEID", "C1",
                "LOKAAL", "x"))).isTrue();
        assertThat(AssessmentDocumentFold.changesDocuments("something else")).isFalse();
    }
}
