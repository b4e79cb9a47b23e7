package nl.regiokompas.web.query;

/** A query parameter that cannot be used, named as in the URL. */
public class InvalidQueryParameter extends RuntimeException {

    private final String parameter;

    public InvalidQueryParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
