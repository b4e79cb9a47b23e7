package nl.regiokompas.command.assessment;

record Intervention(String interventionId, String gemeente, boolean open) {

    Intervention resolved() {
        return new Intervention(interventionId, gemeente, false);
    }
}
