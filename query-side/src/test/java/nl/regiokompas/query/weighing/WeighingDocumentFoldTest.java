package nl.regiokompas.query.weighing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.regiokompas.api.weighing.WeighingDocument.Named;
import nl.regiokompas.api.weighing.WeighingDocument.Score;
import nl.regiokompas.api.weighing.WeighingDocument.Spread;
import org.junit.jupiter.api.Test;

/** The spread of the scores per form and criterion, and where the gemeenten disagree. */
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
}
