package nl.regiokompas.api.route;

/**
 * The route aggregate's identifier. The framework aggregate already uses the bare region code, and the event
 * store keys events by aggregate identifier alone, so the route gets its own.
 */
public final class RouteIds {

    private RouteIds() {
    }

    public static String of(String regionCode) {
        return regionCode + "-route";
    }
}
