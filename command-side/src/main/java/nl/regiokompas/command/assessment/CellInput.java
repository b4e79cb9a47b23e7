package nl.regiokompas.command.assessment;

/** The latest input on a cell. */
record CellInput(Cell cell, String leaning, String text) {
}
