package nl.regiokompas.query.audit;

import static nl.regiokompas.query.audit.AuditTestEvents.ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.assessment.Confirmation;
import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.api.audit.DecisionProvenance;
import nl.regiokompas.api.audit.DecisionProvenance.Change;
import nl.regiokompas.api.framework.TermNames;
import org.junit.jupiter.api.Test;

/** Tracing a decision back through the revisions and confirmations of its cycle. */
class DecisionProvenanceFoldTest {

    @Test
    void each_revision_shows_what_changed_against_the_one_before() {
        ThemeScaleProposed first = new ThemeScaleProposed(ID, 1, 1, scales("REGIONAAL", "REGIONAAL"), "eerst");
        ThemeScaleProposed second = new ThemeScaleProposed(ID, 1, 2, scales("REGIONAAL", "LOKAAL"), "herzien");

        assertThat(DecisionProvenanceFold.changes(first, second)).containsExactly(
                new Change(Change.SCALE, "UITVOERING", "REGIONAAL", "LOKAAL"),
                new Change(Change.RATIONALE, null, "eerst", "herzien"));
    }

    @Test
    void only_the_confirmations_of_the_decided_revision_count_for_the_decision() {
        List<org.axonframework.eventhandling.DomainEventMessage<?>> events = AuditTestEvents.opened()
                .by("strateeg.hou", new ThemeScaleProposed(ID, 1, 1, scales("REGIONAAL", "REGIONAAL"), "r"))
                .by("bestuurder.bun", new ConfirmedByBestuurder(ID, 1, "BUN", 1, null))
                .by("strateeg.hou", new ThemeScaleProposed(ID, 1, 2, scales("REGIONAAL", "LOKAAL"), "r"))
                .by("bestuurder.bun", new ConfirmedByBestuurder(ID, 1, "BUN", 2, "akkoord"))
                .by("bestuurder.hou", new ConfirmedByBestuurder(ID, 1, "HOU", 2, null))
                .by("bestuurder.hou", new DecisionRecorded(ID, "d-1", "JEUGD", 1, 2, scales("REGIONAAL", "LOKAAL"),
                        List.of(), List.of(), List.of(new Confirmation("BUN", 2, "bestuurder.bun", null),
                        new Confirmation("HOU", 2, "bestuurder.hou", null))))
                .events();

        DecisionProvenance provenance = DecisionProvenanceFold.of(events, TermNames.NONE, "d-1");

        assertThat(provenance.chain()).hasSize(7);
        assertThat(provenance.revisions()).extracting(DecisionProvenance.RevisionTrace::decided)
                .containsExactly(false, true);
        assertThat(provenance.revisions().get(0).confirmations()).hasSize(1);
        assertThat(provenance.confirmations()).extracting(DecisionProvenance.ConfirmationTrace::gemeente)
                .containsExactly("BUN", "HOU");
        assertThat(provenance.confirmations().get(0).note()).isEqualTo("akkoord");
        assertThat(provenance.decidedAt()).isEqualTo(AuditTestEvents.at(6));
        assertThat(DecisionProvenanceFold.of(events, TermNames.NONE, "onbekend")).isNull();
    }

    private static Map<String, String> scales(String beleid, String uitvoering) {
        Map<String, String> scales = new LinkedHashMap<>();
        scales.put("BELEID", beleid);
        scales.put("UITVOERING", uitvoering);
        return scales;
    }
}
