package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.RecordCriterionInput;

/** One cell of the assessment grid: a gemeente's view on one criterion in one layer. */
record Cell(String gemeente, String layer, String criterion) {

    static Cell of(CriterionInputRecorded event) {
        return new Cell(event.gemeente(), event.layer(), event.criterion());
    }

    static Cell of(RecordCriterionInput command) {
        return new Cell(command.gemeente(), command.layer(), command.criterion());
    }
}
