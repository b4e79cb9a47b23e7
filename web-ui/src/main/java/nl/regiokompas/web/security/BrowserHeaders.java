package nl.regiokompas.web.security;

import org.springframework.security.web.header.HeaderWriter;

/**
 * What the browser is told to allow. The app's pages load scripts, styles and data only from their own
 * origin ('self' also covers ws:// and wss:// of that origin, which live updates use), run no inline script
 * or style, post forms only to themselves and are never framed. Swagger UI (the API documentation) sets
 * inline styles, which its pages allow; its scripts are still only its own files. The printable decision record
 * has its own stylesheet and falls under the app's policy.
 */
public final class BrowserHeaders {

    public static final String CONTENT_SECURITY_POLICY_HEADER = "Content-Security-Policy";

    static final String CONTENT_SECURITY_POLICY = policy("style-src 'self'");
    static final String API_DOCUMENTATION_POLICY = policy("style-src 'self' 'unsafe-inline'");
    static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "camera=()", "display-capture=()", "geolocation=()", "gyroscope=()",
            "magnetometer=()", "microphone=()", "payment=()", "usb=()");

    private static final String API_DOCUMENTATION = "/swagger-ui/";

    private BrowserHeaders() {
    }

    /** Writes the policy of the page, unless the controller gave the answer a policy of its own. */
    static HeaderWriter contentSecurityPolicy() {
        return (request, response) -> {
            if (!response.containsHeader(CONTENT_SECURITY_POLICY_HEADER)) {
                response.setHeader(CONTENT_SECURITY_POLICY_HEADER, request.getRequestURI().startsWith(API_DOCUMENTATION)
                        ? API_DOCUMENTATION_POLICY : CONTENT_SECURITY_POLICY);
            }
        };
    }

    private static String policy(String styles) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                styles,
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'none'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }
}
