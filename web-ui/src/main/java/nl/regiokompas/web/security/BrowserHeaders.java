package nl.regiokompas.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.security.web.header.HeaderWriter;

/**
 * What the browser is told to allow. The app's pages load scripts, styles and data only from their own
 * origin ('self' also covers ws:// and wss:// of that origin, which live updates use), run no inline script
 * or style, post forms only to themselves and are never framed. Swagger UI (the API documentation) sets
 * inline styles, which its pages allow; its scripts are still only its own files. A self-contained page such
 * as the printable decision record may carry one inline style block, allowed by its hash, and nothing else.
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

    /** The policy of a page whose only resource of its own is this inline style (the text between the tags). */
    public static String selfContainedPagePolicy(String inlineStyle) {
        return String.join("; ",
                "default-src 'none'",
                "style-src 'sha256-" + sha256(inlineStyle) + "'",
                "img-src data:",
                "base-uri 'none'",
                "form-action 'none'",
                "frame-ancestors 'none'");
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

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
