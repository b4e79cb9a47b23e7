package nl.regiokompas.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request that carries its own credentials (HTTP Basic or a bearer token), as scripts send them. Such a
 * request is authenticated by those credentials or not at all: the session is ignored for it (see
 * {@link SessionlessScriptRequests}), so exempting it from the CSRF token never exempts a cookie session.
 */
public final class ScriptCredentials {

    private ScriptCredentials() {
    }

    public static boolean in(HttpServletRequest request) {
        return in(request.getHeader("Authorization"));
    }

    public static boolean in(String authorizationHeader) {
        return authorizationHeader != null && (authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6)
                || authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7));
    }
}
