package nl.regiokompas.query.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.Precondition;
import nl.regiokompas.api.assessment.Responsibility;
import nl.regiokompas.query.support.Json;
import org.junit.jupiter.api.Test;

/** The board stores the folded document as json and answers exactly that document. */
class AssessmentBoardRowsTest {

    private static final Instant AT = Instant.parse("2027-03-01T09:00:00.123456789Z");

    @Test
    void a_stored_document_reads_back_equal_to_the_folded_one() {
        AssessmentDocument document = new AssessmentDocument("a-1", "JEUGD", "Jeugdhulp", AssessmentDocument.BESLOTEN,
                2, 17, 1, List.of("BUN", "HOU"),
                List.of(new AssessmentDocument.Input("BUN", "BELEID", "C1", "LOKAAL", "tekst", "strateeg.bun", AT)),
                new AssessmentDocument.Proposal(3, Map.of("BELEID", "REGIONAAL"), "r", "strateeg.hou", AT),
                List.of(new Responsibility("BELEID", "RICHTING", "BESTUURLIJK", "BT")),
                List.of(new Precondition("p-1", "FINANCIEEL", "budget")),
                List.of(new AssessmentDocument.ConfirmationEntry("BUN", 3, "bestuurder.bun", AT)),
                List.of(new AssessmentDocument.InterventionEntry("i-1", "BUN", null, "BEZWAAR", "reden", "OPEN",
                        "bestuurder.bun", AT, null, null, null)),
                new AssessmentDocument.Decision("d-1", 3, Map.of("BELEID", "REGIONAAL"), AT), null);

        assertThat(AssessmentBoardRows.document(Json.write(document))).isEqualTo(document);
    }
}
