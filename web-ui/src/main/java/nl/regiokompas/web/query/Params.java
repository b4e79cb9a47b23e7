package nl.regiokompas.web.query;

/** Query parameters that may be absent or empty; both mean: no filter. */
public final class Params {

    private Params() {
    }

    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
