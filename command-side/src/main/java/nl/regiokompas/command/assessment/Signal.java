package nl.regiokompas.command.assessment;

/** What the rules read of a strateeg's signal: the gemeente whose bestuurder handles it, and whether it is open. */
record Signal(String signalId, String gemeente, boolean open) {

    Signal closed() {
        return new Signal(signalId, gemeente, false);
    }
}
