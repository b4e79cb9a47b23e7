package nl.regiokompas.api.raad;

/** How a raad was informed of a confirmation. */
public enum InformingKind {
    RAADSINFORMATIEBRIEF("raadsinformatiebrief"),
    RAADSVOORSTEL("raadsvoorstel");

    private final String word;

    InformingKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
