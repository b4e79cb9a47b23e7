package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.CriterionInputRecorded;

/** One cell of the assessment grid: a gemeente's view on one criterion in one layer. */
record Cell(String gemeente, String layer, String criterion) {

    static Cell of(CriterionInputRecorded event) {
        return new Cell(event.gemeente(), event.layer(), event.criterion());
    }
}
