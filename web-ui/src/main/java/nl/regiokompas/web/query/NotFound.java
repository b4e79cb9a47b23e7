package nl.regiokompas.web.query;

/** A query named something the query side does not know. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
