package nl.regiokompas.query.weighing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.regiokompas.api.assessment.InterventionOutcome;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.weighing.FormInterventionReferred;
import nl.regiokompas.api.weighing.FormInterventionResolved;
import nl.regiokompas.api.weighing.WeighingDocument;
import nl.regiokompas.api.weighing.WeighingDocument.InterventionEntry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import nl.regiokompas.api.weighing.WeighingDocument.Named;
import nl.regiokompas.api.weighing.WeighingDocument.Score;
import nl.regiokompas.api.weighing.WeighingDocument.Spread;
import org.junit.jupiter.api.Test;

/** The spread of the scores per form and criterion, where the gemeenten disagree, and how interventions end. */
class WeighingDocumentFoldTest {

    private static final List<Named> FORMS = List.of(new Named("NETWERK", "netwerkorganisatie"),
            new Named("CENTRUMGEMEENTE", "(vrijwillige) centrumgemeente"));
    private static final List<Named> CRITERIA = List.of(new Named("SNELHEID", "snelheid en flexibiliteit"));

    private static Score score(String gemeente, String form, int score) {
        return new Score(gemeente, form, "SNELHEID", score, "a", "u", "U", null);
    }

    @Test
    void scores_two_or_more_apart_are_a_disagreement_and_cells_without_scores_have_no_spread() {
        List<Spread> spread = WeighingDocumentFold.spread(FORMS, CRITERIA, List.of(
                score("BUN", "NETWERK", 2), score("HOU", "NETWERK", 0), score("ZST", "NETWERK", 1)));

        assertThat(spread).containsExactly(new Spread("NETWERK", "SNELHEID", 3, 0, 2, 1.0, true));
    }

    @Test
    void scores_one_apart_are_no_disagreement() {
        List<Spread> spread = WeighingDocumentFold.spread(FORMS, CRITERIA, List.of(
                score("BUN", "CENTRUMGEMEENTE", -1), score("HOU", "CENTRUMGEMEENTE", -2)));

        assertThat(spread).containsExactly(new Spread("CENTRUMGEMEENTE", "SNELHEID", 2, -2, -1, -1.5, false));
    }

    /** Issue 11 §3: VERWORPEN can no longer be chosen, but an event recorded with it keeps its meaning. */
    @Test
    void a_verworpen_recorded_earlier_still_reads_as_verworpen() {
        WeighingDocument after = WeighingDocumentFold.next(withOpenIntervention(), event(3,
                new FormInterventionResolved("w-1", "i-1", "BUN", InterventionOutcome.VERWORPEN, "Oud")));

        assertThat(after.interventions().get(0).status()).isEqualTo("VERWORPEN");
        assertThat(after.history().get(0).description()).isEqualTo("Interventie van Bunnik afgehandeld: verworpen.");
    }

    @Test
    void a_referral_keeps_the_intervention_open_with_the_date_of_the_bestuurstafel() {
        WeighingDocument after = WeighingDocumentFold.next(withOpenIntervention(), event(3,
                new FormInterventionReferred("w-1", "i-1", "BUN", LocalDate.of(2027, 4, 12), "Naar de BT")));

        assertThat(after.interventions().get(0).status()).isEqualTo("OPEN");
        assertThat(after.interventions().get(0).bestuurstafelOn()).isEqualTo(LocalDate.of(2027, 4, 12));
        assertThat(after.history().get(0).description())
                .isEqualTo("Interventie van Bunnik doorverwezen naar de Bestuurstafel van 12-04-2027; zij blijft open.");
    }

    private static WeighingDocument withOpenIntervention() {
        Instant at = Instant.parse("2027-03-01T09:00:00Z");
        return new WeighingDocument("w-1", "Vorm", WeighingDocument.VOORGESTELD, 2, 1, at, "s", "S", List.of(), FORMS,
                CRITERIA, List.of(new Named("BUN", "Bunnik")), List.of(), List.of(), List.of(),
                new WeighingDocument.Proposal(1, "NETWERK", "r", "p", "P", at), List.of(),
                List.of(new InterventionEntry("i-1", "BUN", 1, "BEZWAAR", "Eerst de raad", "OPEN", "b", "B", at, null,
                        null, null, null, null)), null, List.of(), null, List.of(), List.of());
    }

    private static GenericDomainEventMessage<?> event(long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Weighing", "w-1", sequence, payload,
                MetaData.with(AuditMetaData.USER_NAME, "Programmateam"));
    }
}
