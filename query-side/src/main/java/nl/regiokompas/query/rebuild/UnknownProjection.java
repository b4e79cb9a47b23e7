package nl.regiokompas.query.rebuild;

/** The name given for a rebuild is not a processing group that can be rebuilt. */
public class UnknownProjection extends RuntimeException {

    private final String name;

    public UnknownProjection(String name) {
        super("Onbekende of niet opnieuw op te bouwen projectie: " + name);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
